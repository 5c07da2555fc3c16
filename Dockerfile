# Placeholder: the multi-stage image (bookworm build stage using scripts/install-deps.sh --build,
# bookworm-slim runtime as appuser, HEALTHCHECK via `queue-service healthcheck`) comes with the
# operations issue. Until then, build natively with `make build`.
FROM debian:bookworm
RUN false # not implemented yet: see README
