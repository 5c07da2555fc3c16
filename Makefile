# Queue Bot: thin wrappers over the deps script, CMake and CTest.
#   make run    install what is missing, build, migrate and run queue-service (SQLite under ./data)
#   make test   install what is missing, build and run every test

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
SERVICE := $(BUILD_DIR)/service/queue-service
CONSOLE := $(BUILD_DIR)/console/queue-console

.PHONY: all deps configure build run dev console test clean

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

clean:
	rm -rf $(BUILD_DIR)

# ---- Operations (README, "Operations") ------------------------------------------------------
.PHONY: ops-tools

# The Dockerfile linter the tests use (tools/package-lock.json).
ops-tools: tools/node_modules/.package-lock.json
tools/node_modules/.package-lock.json: tools/package.json tools/package-lock.json
	@npm ci --prefix tools --no-audit --no-fund --loglevel=error
