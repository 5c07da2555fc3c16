# Queue Bot: thin wrappers over the deps script, CMake and CTest.
#   make run    install what is missing, build, migrate and run queue-service (SQLite under ./data)
#   make test   install what is missing, build and run every test
#   make test-sanitize   the same suite built with AddressSanitizer + UBSan (in build-sanitize)
#   make fuzz   the libFuzzer targets (clang, in build-fuzz), 1,000,000 executions each

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
SERVICE := $(BUILD_DIR)/service/queue-service
CONSOLE := $(BUILD_DIR)/console/queue-console

.PHONY: all deps configure build run dev console test test-sanitize fuzz bench clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DWARNINGS_AS_ERRORS=ON $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# The service on its embedded default: SQLite in ./data, no Telegram token needed.
run: build
	@mkdir -p data
	$(SERVICE) migrate
	$(SERVICE) serve

# The same with human-readable logs.
dev: build
	@mkdir -p data
	LOG_FORMAT=text LOG_LEVEL=debug $(SERVICE) serve

console: build
	$(CONSOLE)

test: build ops-tools
	@scripts/run-tests.sh $(BUILD_DIR)

# Every test against a build where any AddressSanitizer or UBSan finding is fatal (and any leak
# LeakSanitizer sees at exit, less the Qt-internal ones in tests/sanitizers/lsan.supp).
SANITIZE_DIR ?= build-sanitize
test-sanitize: deps ops-tools
	@cmake -S . -B $(SANITIZE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		"-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" -DWARNINGS_AS_ERRORS=ON -DSANITIZE=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(SANITIZE_DIR) -j $(JOBS)
	@scripts/run-tests.sh --sanitize $(SANITIZE_DIR)

# libFuzzer with AddressSanitizer + UBSan (clang) on every target of tests/fuzz; FUZZ_RUNS,
# FUZZ_TARGETS: scripts/fuzz.sh.
fuzz:
	@scripts/install-deps.sh --fuzz
	@JOBS=$(JOBS) scripts/fuzz.sh

# Requests per second for /health and /metrics next to /health/live, against the real service on
# a database with 10,000 users and 100,000 bookings (BENCH_FLAGS: --connections, --requests ...);
# then the console's Schedule page: loading and drawing a week of 2,000 slots, and applying one
# change from the feed to it (CONSOLE_BENCH_FLAGS: --slots, --runs), offscreen. Between them the
# booking rush through POST /webhook: /start and Confirm closed loop, /start open loop, each reply
# timed at a Bot API stand-in, against the raw durable SQLite commit rate of the same run, then
# the closed loop again on PostgreSQL through 1, 2 and 3 instances of one database, on a throwaway
# server with synced commits (tests/postgres/with-postgres.sh; RUSH_BENCH_FLAGS: --people,
# --open-people, --concurrency, --phases, --instances ...; without a PostgreSQL server: SQLite only).
bench: build
	@$(BUILD_DIR)/bench/queue-bench --service $(SERVICE) $(BENCH_FLAGS)
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		WITH_POSTGRES_DURABLE=1 tests/postgres/with-postgres.sh sh -c \
			'"$$0" --service "$$1" --postgres "$$TEST_POSTGRES_URL" $(RUSH_BENCH_FLAGS)' \
			$(BUILD_DIR)/bench/rush-bench $(SERVICE); \
	else \
		echo "rush-bench: no PostgreSQL server installed (scripts/install-deps.sh): SQLite only"; \
		$(BUILD_DIR)/bench/rush-bench --service $(SERVICE) $(RUSH_BENCH_FLAGS); fi
	@if [ -x $(BUILD_DIR)/bench/console-bench ]; then \
		QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/bench/console-bench --service $(SERVICE) $(CONSOLE_BENCH_FLAGS); fi

clean:
	rm -rf $(BUILD_DIR)

# ---- Operations (README, "Operations") ------------------------------------------------------
# Docker Compose v2 when the Docker CLI has it, else Debian's docker-compose 1.x, whose
# --compatibility applies the CPU and memory limits.
COMPOSE ?= $(shell docker compose version >/dev/null 2>&1 && echo "docker compose" || echo "docker-compose --compatibility")
# The image docker-build builds and compose runs: IMAGE=…, else QUEUE_BOT_IMAGE from the
# environment or .env, else queue-bot:latest. Given to compose (below), so it starts the image
# just built.
IMAGE ?= $(or $(QUEUE_BOT_IMAGE),$(shell sed -n 's/^QUEUE_BOT_IMAGE=//p' .env 2>/dev/null | tail -1),queue-bot:latest)
# The bot's settings file (created from queue-bot.env.example the first time).
ENV_FILE ?= $(or $(QUEUE_BOT_ENV_FILE),queue-bot.env)
# Prometheus, Grafana and node exporter: a second compose file (see docker-compose.monitoring.yml).
COMPOSE_ALL := -f docker-compose.yml -f docker-compose.monitoring.yml
COMPOSE_TARGETS := docker-run docker-down docker-logs docker-backup monitoring stop-monitoring deploy
$(COMPOSE_TARGETS): export QUEUE_BOT_IMAGE := $(IMAGE)
$(COMPOSE_TARGETS): export QUEUE_BOT_ENV_FILE := $(ENV_FILE)
# Monitoring that runs is left alone by the commands that start only the bot.
$(COMPOSE_TARGETS): export COMPOSE_IGNORE_ORPHANS := true
SERVICE_URL ?= http://127.0.0.1:8080
BACKUP_DIR ?= backups
DEPLOY_PROFILES ?=
STAMP := $(shell date +%Y%m%d-%H%M%S)
# The bot's container, whatever QUEUE_BOT_NAME calls it.
BOT_CONTAINER = $$($(COMPOSE) ps -q queue-bot)

.PHONY: ops-tools docker-build docker-run docker-down docker-logs docker-backup monitoring stop-monitoring deploy health metrics backup package

# The Dockerfile linter the tests use (tools/package-lock.json).
ops-tools: tools/node_modules/.package-lock.json
tools/node_modules/.package-lock.json: tools/package.json tools/package-lock.json
	@npm ci --prefix tools --no-audit --no-fund --loglevel=error

# Settings of the containerised bot; created once, then edited by the operator.
$(ENV_FILE):
	cp queue-bot.env.example $@
	@echo "created $@: set TELEGRAM_BOT_TOKEN (and ADMIN_TOKEN) there"

docker-build:
	docker build -t $(IMAGE) .

# Built by docker build, as for deploy (one build path; compose's own builder differs by version).
docker-run: $(ENV_FILE) docker-build
	$(COMPOSE) up -d queue-bot
	@echo "queue-service: $(SERVICE_URL)/health   logs: make docker-logs"

# Every container of the stack, monitoring and proxy included; volumes are kept.
docker-down:
	$(COMPOSE) $(COMPOSE_ALL) --profile proxy down

docker-logs:
	$(COMPOSE) logs -f --tail=200 queue-bot

# Hot backup of the containerised database into $(BACKUP_DIR).
docker-backup:
	@mkdir -p $(BACKUP_DIR)
	$(COMPOSE) exec -T queue-bot queue-service backup --output /data/backup-$(STAMP).db
	docker cp $(BOT_CONTAINER):/data/backup-$(STAMP).db $(BACKUP_DIR)/queue-$(STAMP).db
	$(COMPOSE) exec -T queue-bot rm -f /data/backup-$(STAMP).db
	@echo "backup: $(BACKUP_DIR)/queue-$(STAMP).db"

monitoring: $(ENV_FILE) docker-build
	@if [ -z "$$GRAFANA_ADMIN_PASSWORD" ] && ! grep -qs '^GRAFANA_ADMIN_PASSWORD=.' .env; then \
		echo "set GRAFANA_ADMIN_PASSWORD (environment or .env) before starting Grafana" >&2; exit 1; fi
	$(COMPOSE) $(COMPOSE_ALL) up -d
	@echo "Prometheus: http://localhost:9090   alerts: http://localhost:9090/alerts"
	@echo "Grafana:    http://localhost:3000   (user admin, password GRAFANA_ADMIN_PASSWORD)"

stop-monitoring:
	$(COMPOSE) $(COMPOSE_ALL) rm -s -f prometheus grafana node-exporter
	@echo "stopped Prometheus (http://localhost:9090) and Grafana (http://localhost:3000); data volumes kept"

# Production: build $(IMAGE), (re)start the stack on it with DEPLOY_PROFILES ("monitoring proxy"),
# wait until Docker reports the bot healthy.
deploy: $(ENV_FILE) docker-build
	$(COMPOSE) $(if $(filter monitoring,$(DEPLOY_PROFILES)),$(COMPOSE_ALL)) \
		$(foreach p,$(filter-out monitoring,$(DEPLOY_PROFILES)),--profile $(p)) up -d
	@c=$(BOT_CONTAINER); for i in $$(seq 1 45); do \
		s=$$(docker inspect -f '{{.State.Health.Status}}' $$c 2>/dev/null); \
		if [ "$$s" = healthy ]; then echo "queue-bot is healthy on $(IMAGE)"; exit 0; fi; sleep 2; done; \
		echo "queue-bot is not healthy after 90 s (make docker-logs)" >&2; exit 1

health:
	@curl -sS --fail-with-body $(SERVICE_URL)/health && echo || { echo; exit 1; }

metrics:
	@curl -fsS $(SERVICE_URL)/metrics

# Hot backup of the local database (make run / make dev) into $(BACKUP_DIR).
backup: build
	@mkdir -p $(BACKUP_DIR)
	$(SERVICE) backup --output $(BACKUP_DIR)/queue-$(STAMP).db

package: build
	cpack -G DEB --config $(BUILD_DIR)/CPackConfig.cmake -B $(BUILD_DIR)/packages
	@ls -1 $(BUILD_DIR)/packages/*.deb
