#!/usr/bin/env bash
# The Dockerfile checked without a Docker engine:
#  1. linted by dockerfile-utils (the validator behind VS Code's Dockerfile support; pinned in
#     tools/package-lock.json, installed by `make test`);
#  2. its shape: the build stage installs with scripts/install-deps.sh --build and builds with
#     tests off; the runtime stage is bookworm-slim, runs as appuser:appgroup, and declares the
#     volume, port, stop signal and health check;
#  3. every shared library the built queue-service loads comes from a package the runtime stage
#     installs, or from one those pull in (Depends/Pre-Depends, as apt-get installs them with
#     --no-install-recommends), and every library package listed there is actually loaded;
#  4. the .dockerignore allowlist holds everything the build stage's CMake configure needs.
#   tests/ops/dockerfile.sh SOURCE_DIR QUEUE_SERVICE_BINARY
source "$(dirname "$0")/lib.sh"
src=$1
service=$2
dockerfile="$src/Dockerfile"
need dpkg apt-cache ldd cmake curl

# 1. Lint ------------------------------------------------------------------------------------
linter="$src/tools/node_modules/.bin/dockerfile-utils"
[[ -x $linter ]] || fail "dockerfile-utils is not installed: run make test (or npm ci --prefix tools)"
diagnostics=$("$linter" lint --json "$dockerfile") || true
[[ $diagnostics == "[]" ]] || fail "dockerfile-utils lint: $diagnostics"
pass "dockerfile-utils lint: no diagnostics"

# 2. Shape -----------------------------------------------------------------------------------
"$PY" - "$dockerfile" <<'EOF' || fail "the Dockerfile does not have the promised shape (PROBLEM lines above)"
import re, sys
text = open(sys.argv[1]).read().replace("\\\n", " ")
lines = [l.strip() for l in text.splitlines() if l.strip() and not l.strip().startswith("#")]
stages, current = [], None
for l in lines:
    word, _, rest = l.partition(" ")
    if word.upper() == "FROM":
        current = {"from": rest, "ins": []}
        stages.append(current)
    elif current is not None:
        current["ins"].append((word.upper(), rest.strip()))
problems = []
def expect(cond, what):
    if not cond:
        problems.append(what)
expect(len(stages) == 2, f"two stages (build, runtime), found {len(stages)}")
build, runtime = stages[0], stages[-1]
expect(build["from"].startswith("debian:bookworm ") or build["from"] == "debian:bookworm AS build",
       f"build stage FROM debian:bookworm (got {build['from']})")
runs = " ".join(r for i, r in build["ins"] if i == "RUN")
expect(re.search(r"(^|\s)scripts/install-deps\.sh --build(\s|$)", runs), "build stage runs scripts/install-deps.sh --build")
expect("-DBUILD_TESTING=OFF" in runs, "build stage configures with -DBUILD_TESTING=OFF")
expect(runtime["from"].startswith("debian:bookworm-slim"), f"runtime stage FROM debian:bookworm-slim (got {runtime['from']})")
ins = dict()
for i, r in runtime["ins"]:
    ins.setdefault(i, []).append(r)
expect(ins.get("USER") == ["appuser:appgroup"], f"runtime USER appuser:appgroup (got {ins.get('USER')})")
expect(any("groupadd --system appgroup" in r for r in ins.get("RUN", [])), "appgroup is a system group")
expect(any("useradd --system --gid appgroup" in r and "appuser" in r for r in ins.get("RUN", [])), "appuser is a system user")
expect(ins.get("VOLUME") in (['["/data"]'], ["/data"]), f"VOLUME /data (got {ins.get('VOLUME')})")
expect(ins.get("EXPOSE") == ["8080"], f"EXPOSE 8080 (got {ins.get('EXPOSE')})")
expect(ins.get("STOPSIGNAL") == ["SIGTERM"], f"STOPSIGNAL SIGTERM (got {ins.get('STOPSIGNAL')})")
hc = " ".join(ins.get("HEALTHCHECK", []))
expect('CMD ["queue-service", "healthcheck"]' in hc, f"HEALTHCHECK runs queue-service healthcheck (got {hc})")
env = " ".join(ins.get("ENV", []))
for var in ("HTTP_PORT=8080", "DATABASE_URL=sqlite:/data/queue.db", "LOG_FORMAT=json"):
    expect(var in env, f"ENV default {var}")
expect(any("--from=build" in r and "queue-service" in r for r in ins.get("COPY", [])), "runtime copies queue-service from the build stage")
for p in problems:
    print("PROBLEM: " + p)
sys.exit(1 if problems else 0)
EOF
pass "build stage: install-deps.sh --build, tests off; runtime: bookworm-slim, appuser:appgroup, VOLUME, EXPOSE, STOPSIGNAL, HEALTHCHECK"

# 3. Runtime libraries -----------------------------------------------------------------------
# The runtime stage's package list: the words after `apt-get install` up to the next `&&`.
runtime_packages=$("$PY" - "$dockerfile" <<'EOF'
import re, sys
text = open(sys.argv[1]).read().replace("\\\n", " ")
runtime = re.split(r"(?m)^FROM ", text)[-1]
m = re.search(r"apt-get install (.*?)(&&|$)", runtime, re.S)
print(" ".join(w for w in m.group(1).split() if not w.startswith("-")))
EOF
)
[[ -n $runtime_packages ]] || fail "no apt-get install list in the runtime stage"
note "runtime stage installs: $runtime_packages"

# What queue-service loads: its ldd closure, the Qt plugins it loads at run time (the SQLite and
# PostgreSQL SQL drivers, the OpenSSL TLS backend for HTTPS to Telegram and TLS_CERT_FILE) with
# their own ldd closure, and every shared object mapped into a running instance.
qt_plugins=$(dirname "$(dpkg -L libqt6core6 | grep -m1 '/qt6/plugins$' || echo /usr/lib/x86_64-linux-gnu/qt6/plugins/x)")
[[ -d $qt_plugins ]] || qt_plugins=/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)/qt6/plugins
plugins=("$qt_plugins/sqldrivers/libqsqlite.so" "$qt_plugins/sqldrivers/libqsqlpsql.so" "$qt_plugins/tls/libqopensslbackend.so")
for p in "${plugins[@]}"; do [[ -f $p ]] || fail "Qt plugin $p missing (libqt6sql6-sqlite, libqt6sql6-psql, libqt6network6)"; done
start_service "$service"
curl -sf -o /dev/null "$SERVICE_URL/health" || fail "GET /health on the running instance failed"
{
    for f in "$service" "${plugins[@]}"; do
        echo "$f"
        ldd "$f" | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}'
    done
    awk '$6 ~ /\.so/ {print $6}' "/proc/$SERVICE_PID/maps"
} | grep -v "^$service$" | sort -u >"$OPS_TMP/libs.txt"
note "$(wc -l <"$OPS_TMP/libs.txt") shared objects loaded or linked"

# What `apt-get install --no-install-recommends LIST` brings in: the packages and the recursive
# closure of their Depends and Pre-Depends (every alternative of an `a | b` dependency is
# counted, so this may admit a package apt would not pick; it never misses one apt would).
# shellcheck disable=SC2086
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances $runtime_packages 2>/dev/null \
    | grep -v '^ ' | grep -v '^<' | sed 's/:.*//' | sort -u >"$OPS_TMP/closure.txt"
[[ -s $OPS_TMP/closure.txt ]] || fail "apt-cache depends found nothing (run apt-get update)"

# Each library to the package that installed it (`dpkg -S`).
# dpkg records paths as unpacked (/lib/... for libc6, /usr/lib/... for most others) while ldd may
# print either spelling on merged-/usr, so both spellings and the resolved path are tried.
# Then: every library's package is in the closure, and every listed library package provides a
# loaded library (ca-certificates and tzdata are data the runtime needs: CA roots for HTTPS to
# Telegram, time zones for the queues).
"$PY" - "$OPS_TMP/libs.txt" "$OPS_TMP/closure.txt" $runtime_packages <<'EOF' || fail "the runtime stage's package list does not match what queue-service loads (PROBLEM lines above)"
import os, subprocess, sys
libs = [l.strip() for l in open(sys.argv[1]) if l.strip() and not l.startswith("linux-vdso")]
closure = {l.strip() for l in open(sys.argv[2]) if l.strip()}
# A SANITIZE=ON build (make test-sanitize) also loads the sanitizer runtimes, which the image's
# binary never does.
closure |= set(os.environ.get("OPS_SANITIZER_PACKAGES", "").split())
listed = sys.argv[3:]
def spellings(f):
    real = os.path.realpath(f)
    return [c for c in (f, "/usr" + f, f[4:] if f.startswith("/usr/") else None,
                        real, "/usr" + real, real[4:] if real.startswith("/usr/") else None) if c]
# One `dpkg -S` for every spelling of every library (it exits 1 when some are not found).
candidates = sorted({c for lib in libs for c in spellings(lib)})
answer = subprocess.run(["dpkg", "-S", *candidates], capture_output=True, text=True).stdout
owner = {}
for line in answer.splitlines():
    if line.startswith("diversion ") or ": " not in line:
        continue
    packages, path = line.split(": ", 1)
    owner.setdefault(path, packages.split(", ")[0].split(":")[0])
def package_of(f):
    return next((owner[c] for c in spellings(f) if c in owner), None)
problems, used = [], set()
for lib in libs:
    pkg = package_of(lib)
    if pkg is None:
        problems.append(f"{lib}: no installed package owns it")
        continue
    used.add(pkg)
    if pkg not in closure:
        problems.append(f"{lib} comes from {pkg}, which the runtime stage does not install")
for pkg in listed:
    if pkg not in ("ca-certificates", "tzdata") and pkg not in used:
        problems.append(f"runtime package {pkg} provides none of the loaded libraries: drop it")
print(f"{len(libs)} shared objects from {len(used)} packages; closure of the runtime list: {len(closure)} packages")
for p in problems:
    print("PROBLEM: " + p)
sys.exit(1 if problems else 0)
EOF
pass "every loaded library comes from the runtime stage's packages (or their dependencies), and each listed library package is used"

# 4. Build context ---------------------------------------------------------------------------
# Copy exactly what .dockerignore lets through (a `*` then `!path` allowlist) and configure the
# build stage's CMake on it.
ctx="$OPS_TMP/context"
mkdir -p "$ctx"
[[ $(grep -v '^#' "$src/.dockerignore" | grep -v '^$' | head -1) == "*" ]] || fail ".dockerignore must start with * (an allowlist)"
while read -r entry; do
    path=${entry#!}
    path=${path%/}
    [[ -e $src/$path ]] || { note ".dockerignore allows $path, which does not exist (yet)"; continue; }
    mkdir -p "$ctx/$(dirname "$path")"
    cp -a "$src/$path" "$ctx/$path"
done < <(grep '^!' "$src/.dockerignore")
cmake -S "$ctx" -B "$OPS_TMP/context-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_TESTING=OFF -DBUILD_CONSOLE=OFF >"$OPS_TMP/context.log" 2>&1 \
    || { tail -20 "$OPS_TMP/context.log" >&2; fail "CMake cannot configure from the Docker build context"; }
size=$(du -sk "$ctx" | cut -f1)
pass "the build context (${size} KiB) configures with CMake as the build stage does"
