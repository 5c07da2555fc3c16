# Shared helpers for the operations checks in tests/ops (sourced, not run).
# Each check is a ctest test: exit 0 passes, 77 skips (SKIP_RETURN_CODE), anything else fails.
# OPS_KEEP=1 keeps the temporary directory (logs, generated configs) for a look afterwards.

set -euo pipefail

OPS_NAME=$(basename "$0" .sh)
OPS_TMP=$(mktemp -d "/tmp/queue-ops-$OPS_NAME.XXXXXX")
OPS_PIDS=()

ops_cleanup() {
    local pid
    for pid in "${OPS_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${OPS_PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    [[ -n ${OPS_KEEP:-} ]] || rm -rf "$OPS_TMP"
}
trap ops_cleanup EXIT

note() { printf '%s: %s\n' "$OPS_NAME" "$*"; }
pass() { printf '%s: ok: %s\n' "$OPS_NAME" "$*"; }
fail() {
    printf '%s: FAIL: %s\n' "$OPS_NAME" "$*" >&2
    exit 1
}
skip() {
    printf '%s: SKIP: %s\n' "$OPS_NAME" "$*"
    exit 77
}
need() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 \
            || fail "$tool is not installed (scripts/install-deps.sh installs it; run make test)"
    done
}

# Debian's python3 has PyYAML (python3-yaml, a dependency of docker-compose); a pyenv python on
# PATH may not.
PY=/usr/bin/python3
[[ -x $PY ]] || PY=python3

# start_service BINARY [VAR=VALUE ...]: runs `BINARY serve` on 127.0.0.1 with a free port and a
# fresh SQLite database in $OPS_TMP; sets SERVICE_PID, SERVICE_PORT and SERVICE_URL.
start_service() {
    local binary=$1
    shift
    local dir="$OPS_TMP/service"
    mkdir -p "$dir"
    # Made here, not by the background shell: the loop below may read it before that shell runs.
    : >"$dir/log"
    (cd "$dir" && exec env -i PATH="$PATH" HOME="$dir" HTTP_HOST=127.0.0.1 HTTP_PORT=0 \
        DATABASE_URL="sqlite:$dir/queue.db" LOG_FORMAT=json LOG_LEVEL=info "$@" \
        "$binary" serve >"$dir/log" 2>&1) &
    SERVICE_PID=$!
    OPS_PIDS+=("$SERVICE_PID")
    SERVICE_PORT=""
    local i
    for i in $(seq 1 300); do
        SERVICE_PORT=$(sed -n 's/.*"message":"http listening".*"port":\([0-9]*\).*/\1/p' "$dir/log" | head -1)
        [[ -n $SERVICE_PORT ]] && break
        kill -0 "$SERVICE_PID" 2>/dev/null || { cat "$dir/log" >&2; fail "queue-service exited at start"; }
        sleep 0.1
    done
    [[ -n $SERVICE_PORT ]] || { cat "$dir/log" >&2; fail "queue-service did not start listening in 30 s"; }
    SERVICE_URL="http://127.0.0.1:$SERVICE_PORT"
}

# free_port: a TCP port on 127.0.0.1 that nothing listens on right now.
free_port() {
    "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
