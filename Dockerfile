# queue-service image: a Debian 12 build stage and a bookworm-slim runtime stage.
#   docker build -t queue-bot:latest .        (or: make docker-build)
# Checked without a Docker engine by tests/ops/dockerfile.sh: a Dockerfile linter, and every shared
# library the built binary loads must come from a package the runtime stage installs.

# ---- build: the same package list as a developer machine (scripts/install-deps.sh --build) ----
FROM debian:bookworm AS build
WORKDIR /src
COPY scripts/install-deps.sh scripts/install-deps.sh
RUN scripts/install-deps.sh --build && rm -rf /var/lib/apt/lists/*
COPY . .
# Niced: a build next to a running bot (make deploy) or the test suite must not starve them.
RUN cmake -S . -B /build -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DBUILD_TESTING=OFF -DBUILD_CONSOLE=OFF -DWARNINGS_AS_ERRORS=ON \
    && nice -n 10 cmake --build /build --target queue-service \
    && install -D -m 0755 -s /build/service/queue-service /out/queue-service \
    && /out/queue-service --version

# ---- runtime: only the libraries queue-service loads, run as an unprivileged user ----
FROM debian:bookworm-slim AS runtime
ARG DEBIAN_FRONTEND=noninteractive
# One package a line; tests/ops/dockerfile.sh reads this list. Besides the libraries: CA
# certificates for HTTPS to Telegram, tzdata for the queues' IANA time zones.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates \
        tzdata \
        libqt6core6 \
        libqt6network6 \
        libqt6sql6 \
        libqt6sql6-sqlite \
        libqt6sql6-psql \
        libqt6httpserver6 \
        libqt6websockets6 \
        libprometheus-cpp-core1.0 \
        libssl3 \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system appgroup \
    && useradd --system --gid appgroup --home-dir /data --no-create-home \
        --shell /usr/sbin/nologin appuser \
    && install -d -o appuser -g appgroup -m 0750 /data

COPY --from=build /out/queue-service /usr/local/bin/queue-service

# Defaults for the container; docker-compose.yml's env file (queue-bot.env) overrides them.
ENV HTTP_HOST=0.0.0.0 \
    HTTP_PORT=8080 \
    DATABASE_URL=sqlite:/data/queue.db \
    LOG_FORMAT=json \
    LOG_LEVEL=info \
    TELEGRAM_MODE=polling \
    DEFAULT_TIMEZONE=Europe/Moscow \
    MIGRATE_ON_START=true

WORKDIR /data
USER appuser:appgroup
VOLUME ["/data"]
EXPOSE 8080
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["queue-service", "healthcheck"]
ENTRYPOINT ["queue-service"]
CMD ["serve"]
