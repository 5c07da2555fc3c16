#!/usr/bin/env bash
# The image and the stack for real, on a Docker engine:
#  1. a daemon: the running one, or dockerd started here (and stopped again at the end);
#  2. local debian:bookworm and debian:bookworm-slim base images, made once with debootstrap from
#     the Debian mirror in this machine's apt sources and `docker import` (no registry of images
#     is needed; later runs find them);
#  3. the image, built by `make docker-build` (Docker's cache makes later runs quick);
#  4. the container: a non-root user, /health 200, Docker's health check says healthy, `docker
#     stop` exits 0 after the shutdown lines, a queue made through the API survives stop/start and
#     a new container on the same volume, --read-only --cap-drop ALL --security-opt
#     no-new-privileges still serves, and a /health that turns unhealthy makes Docker say so;
#  5. the compose default profile through the Makefile: docker-run, health, docker-backup (the
#     backup holds the data), the limits (256 MiB, 0.5 CPU), the data volume's fixed name and no
#     monitoring volumes, `make deploy IMAGE=…` running the image it built, docker-down.
# Everything is made under names of this run (containers, volumes, network, compose project,
# image tags, a published port on 127.0.0.1) so an operator's stack on the machine is never
# touched, and everything made is removed again; the base images and the built image stay as
# the cache. Skips (exit 77) only when no Docker daemon can run here at all.
#   tests/ops/docker.sh SOURCE_DIR
source "$(dirname "$0")/lib.sh"
src=$(cd "$1" && pwd)
need docker curl make sqlite3 "$PY"

# The Makefile is driven as an operator drives it, not as part of the make that runs the tests.
unset MAKEFLAGS MAKELEVEL MFLAGS
# Nothing of an operator's compose settings in this shell reaches the stack under test (and the
# cleanup never takes down an operator's project).
unset COMPOSE_PROJECT_NAME COMPOSE_FILE COMPOSE_PROFILES QUEUE_BOT_IMAGE QUEUE_BOT_NAME \
    QUEUE_BOT_NETWORK QUEUE_BOT_PUBLISH QUEUE_BOT_ENV_FILE

run_id="qbops$$"
image=queue-bot-ops:latest
build_stage=queue-bot-ops:build
deploy_image=queue-bot-ops:deploy-$$
admin_token="ops-test-admin-token-$$-0123456789abcdef0123456789"
label="queue-bot-ops-test=$run_id"
docker_started_s=$SECONDS
DOCKERD_PID=""

# docker_cleanup: every container, volume and network of this run, then the daemon if this run
# started it. Runs on every exit, also after a failure.
docker_cleanup() {
    local status=$?
    if docker info >/dev/null 2>&1; then
        if [[ -n ${COMPOSE_PROJECT_NAME:-} ]]; then
            opsmake docker-down >/dev/null 2>&1 || true
        fi
        local ids
        ids=$(docker ps -aq --filter "label=$label"; docker ps -aq --filter "label=com.docker.compose.project=$run_id")
        [[ -z $ids ]] || docker rm -f $ids >/dev/null 2>&1 || true
        ids=$(docker volume ls -q --filter "label=$label"; docker volume ls -q --filter "label=com.docker.compose.project=$run_id")
        [[ -z $ids ]] || docker volume rm -f $ids >/dev/null 2>&1 || true
        # Named volumes (fixed names) carry no compose label under docker-compose 1.29.
        docker volume rm -f "$run_id-data" "$run_id-prometheus-data" "$run_id-grafana-data" >/dev/null 2>&1 || true
        docker network rm "$run_id-network" >/dev/null 2>&1 || true
        docker image rm "$deploy_image" >/dev/null 2>&1 || true
    fi
    if [[ -n $DOCKERD_PID ]]; then
        kill "$DOCKERD_PID" 2>/dev/null || true
        local i
        for i in $(seq 1 300); do
            kill -0 "$DOCKERD_PID" 2>/dev/null || break
            sleep 0.1
        done
        note "stopped the dockerd this test started"
    fi
    ops_cleanup
    exit "$status"
}
trap docker_cleanup EXIT

# 1. A Docker daemon -------------------------------------------------------------------------
if ! docker info >/dev/null 2>&1; then
    command -v dockerd >/dev/null 2>&1 || fail "dockerd is not installed (scripts/install-deps.sh installs docker.io; run make test)"
    [[ $(id -u) -eq 0 ]] || skip "no Docker daemon is running and starting one needs root"
    # Niced: the first image build compiles for minutes next to the other tests.
    nice -n 10 dockerd >"$OPS_TMP/dockerd.log" 2>&1 &
    DOCKERD_PID=$!
    for i in $(seq 1 600); do
        docker info >/dev/null 2>&1 && break
        if ! kill -0 "$DOCKERD_PID" 2>/dev/null; then
            DOCKERD_PID=""
            reason=$(grep -m1 -E 'failed to start daemon|level=fatal' "$OPS_TMP/dockerd.log" | sed 's/^.*msg="//; s/"$//')
            skip "no Docker daemon can run here: dockerd exited (${reason:-see its log})"
        fi
        sleep 0.1
    done
    docker info >/dev/null 2>&1 || fail "dockerd started but does not answer after 60 s: $(tail -3 "$OPS_TMP/dockerd.log")"
    note "started dockerd $(docker version -f '{{.Server.Version}}') (pid $DOCKERD_PID); it is stopped at the end"
else
    note "using the running Docker daemon $(docker version -f '{{.Server.Version}}')"
fi

# 2. Base images -----------------------------------------------------------------------------
# The Debian mirror and the security archive this machine's apt uses (the Dockerfile's stages run
# apt-get against the same), else Debian's defaults.
apt_source() {
    apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 2>/dev/null | awk -v r="$1" '$2 == r {print $1; exit}'
}
make_base_images() {
    need debootstrap
    [[ $(id -u) -eq 0 ]] || fail "the base images debian:bookworm and debian:bookworm-slim are missing; making them needs root"
    local mirror security root="$OPS_TMP/rootfs" t0=$SECONDS
    mirror=$(apt_source bookworm)
    security=$(apt_source bookworm-security)
    mirror=${mirror:-http://deb.debian.org/debian/}
    security=${security:-http://deb.debian.org/debian-security/}
    note "making debian:bookworm and debian:bookworm-slim with debootstrap from $mirror"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$OPS_TMP/debootstrap.log" 2>&1 \
        || { tail -5 "$OPS_TMP/debootstrap.log" >&2; fail "debootstrap from $mirror failed"; }
    # As Debian's own images: deb822 sources with updates and security, no package caches.
    rm -f "$root/etc/apt/sources.list"
    cat >"$root/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    rm -rf "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/tmp/*
    if ! docker image inspect debian:bookworm >/dev/null 2>&1; then
        tar -C "$root" -c . | docker import -c 'CMD ["bash"]' - debian:bookworm >/dev/null \
            || fail "docker import of debian:bookworm failed"
    fi
    if ! docker image inspect debian:bookworm-slim >/dev/null 2>&1; then
        # Slim as Debian's: no documentation, manual pages or translations, now or later.
        cat >"$root/etc/dpkg/dpkg.cfg.d/docker-slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
EOF
        find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
        rm -rf "$root"/usr/share/man/* "$root"/usr/share/info/*
        find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 -not -name locale.alias -exec rm -rf {} +
        tar -C "$root" -c . | docker import -c 'CMD ["bash"]' - debian:bookworm-slim >/dev/null \
            || fail "docker import of debian:bookworm-slim failed"
    fi
    rm -rf "$root"
    base_seconds=$((SECONDS - t0))
    pass "base images made in ${base_seconds} s: debian:bookworm $(image_mb debian:bookworm) MB, debian:bookworm-slim $(image_mb debian:bookworm-slim) MB"
}
image_mb() { echo $(($(docker image inspect -f '{{.Size}}' "$1") / 1000000)); }

base_seconds=0
if docker image inspect debian:bookworm >/dev/null 2>&1 && docker image inspect debian:bookworm-slim >/dev/null 2>&1; then
    note "base images debian:bookworm and debian:bookworm-slim are here"
else
    make_base_images
fi

# 3. The image -------------------------------------------------------------------------------
# Built as an operator builds it. The image and its build stage keep a tag as the cache of the
# next run; what they replace (the sources changed) is removed with the layers only it used, so
# repeated runs do not pile up old compiles.
previous_id=$(docker image inspect -f '{{.Id}}' "$image" 2>/dev/null || true)
previous_build_id=$(docker image inspect -f '{{.Id}}' "$build_stage" 2>/dev/null || true)
t0=$SECONDS
make -C "$src" docker-build IMAGE="$image" >"$OPS_TMP/build.log" 2>&1 \
    || { tail -30 "$OPS_TMP/build.log" >&2; fail "make docker-build failed (the build log's end is above)"; }
build_seconds=$((SECONDS - t0))
docker build -q --target build -t "$build_stage" "$src" >/dev/null 2>&1 || fail "tagging the build stage failed"
drop_replaced() { # drop_replaced TAG OLD_ID: removes OLD_ID when TAG now names another image
    if [[ -n $2 && $(docker image inspect -f '{{.Id}}' "$1") != "$2" ]]; then
        docker image rm "$2" >/dev/null 2>&1 || true
    fi
}
drop_replaced "$image" "$previous_id"
drop_replaced "$build_stage" "$previous_build_id"
cached=$(grep -c 'Using cache' "$OPS_TMP/build.log" || true)
pass "make docker-build: $image $(image_mb "$image") MB in ${build_seconds} s ($cached steps from the cache)"

# 4. The container ---------------------------------------------------------------------------
api() { # api METHOD URL [JSON]: prints the body, fails unless 2xx
    local out=$OPS_TMP/api.out code
    code=$(curl -s -o "$out" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $admin_token" \
        -H 'Content-Type: application/json' ${3:+--data "$3"} "$2") || code=000
    [[ $code == 2?? ]] || fail "$1 $2: HTTP $code $(head -c 300 "$out")"
    cat "$out"
}
# wait_http URL: until URL answers 200 (30 s).
wait_http() {
    local i
    for i in $(seq 1 300); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' "$1" || true) == 200 ]] && return 0
        sleep 0.1
    done
    return 1
}
# wait_health CONTAINER STATUS SECONDS: until Docker's health check says STATUS.
wait_health() {
    local i s=""
    for i in $(seq 1 $((10 * $3))); do
        s=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{end}}' "$1" 2>/dev/null || true)
        [[ $s == "$2" ]] && return 0
        sleep 0.1
    done
    fail "$1: Docker's health is '$s', not $2, after $3 s; last check: $(docker inspect -f '{{with .State.Health}}{{range .Log}}{{.Output}}{{end}}{{end}}' "$1" 2>/dev/null | tail -c 400)"
}
queue_names() { # queue_names URL: the English names of the queues, one a line
    api GET "$1/api/v1/queues" | "$PY" -c 'import json, sys; [print(q["name_en"]) for q in json.load(sys.stdin)["items"]]'
}
has_queue() { queue_names "$1" | grep -qx "$2"; }

port=$(free_port)
url="http://127.0.0.1:$port"
volume="$run_id-run"
docker volume create --label "$label" "$volume" >/dev/null
# run_bot NAME [docker run options]: a container of the image on this run's volume and port; a
# health check every second instead of every 30 s, so the test does not wait for Docker.
run_bot() {
    local name=$1
    shift
    docker run -d --name "$name" --label "$label" -p "127.0.0.1:$port:8080" \
        -e ADMIN_TOKEN="$admin_token" --health-interval 1s --health-retries 2 "$@" "$image" >/dev/null \
        || fail "docker run $name failed"
    wait_http "$url/health/live" || fail "$name: no answer on $url in 30 s: $(docker logs "$name" 2>&1 | tail -5)"
}
container="$run_id-bot"
run_bot "$container" -v "$volume:/data"

uid=$(docker exec "$container" sh -c 'id -u; id -un; id -g; awk "/^Uid:/ {print \$2}" /proc/1/status' | tr '\n' ' ')
read -r exec_uid user_name gid pid1_uid <<<"$uid"
[[ $pid1_uid != 0 && $exec_uid != 0 && $user_name == appuser ]] || fail "the container runs as uid $pid1_uid ($user_name), not an unprivileged user"
pass "runs as $user_name (uid $pid1_uid), not root"

code=$(curl -s -o "$OPS_TMP/health.json" -w '%{http_code}' "$url/health")
[[ $code == 200 ]] || fail "GET /health: $code $(cat "$OPS_TMP/health.json")"
pass "GET /health: 200 $(head -c 40 "$OPS_TMP/health.json")…"
wait_health "$container" healthy 30
pass "Docker health check (queue-service healthcheck): healthy"

api POST "$url/api/v1/queues" '{"name_ru":"Проверка Docker","name_en":"Docker check","timezone":"Europe/Moscow"}' >/dev/null
has_queue "$url" "Docker check" || fail "the queue just created is not listed"

t_stop=$SECONDS
docker stop -t 30 "$container" >/dev/null
exit_code=$(docker inspect -f '{{.State.ExitCode}}' "$container")
[[ $exit_code == 0 ]] || fail "docker stop: exit code $exit_code: $(docker logs "$container" 2>&1 | tail -5)"
docker logs "$container" >"$OPS_TMP/container.log" 2>&1
for line in "shutdown: stop accepting work" "shutdown: in-flight work finished" "shutdown: database closed"; do
    grep -q "\"message\":\"$line\"" "$OPS_TMP/container.log" || fail "docker stop: no '$line' in the log"
done
grep '"shutdown: stop accepting work"' "$OPS_TMP/container.log" | grep -q SIGTERM || fail "the shutdown was not for SIGTERM"
pass "docker stop: exit 0 in $((SECONDS - t_stop)) s after SIGTERM, with the three shutdown lines"

docker start "$container" >/dev/null
wait_http "$url/health/live" || fail "no answer after docker start"
has_queue "$url" "Docker check" || fail "the queue is gone after docker stop / docker start"
docker rm -f "$container" >/dev/null
run_bot "$container-2" -v "$volume:/data"
has_queue "$url" "Docker check" || fail "a new container on the same volume does not have the queue"
docker rm -f "$container-2" >/dev/null
pass "a queue made through the API survives stop/start and a new container on the volume"

# Hardened as a careful operator runs it: no writable root, no capabilities, no setuid gains.
run_bot "$container-ro" -v "$volume:/data" --read-only --cap-drop ALL --security-opt no-new-privileges
has_queue "$url" "Docker check" || fail "read-only: the queue is not listed"
api POST "$url/api/v1/queues" '{"name_ru":"Только чтение","name_en":"Read-only root","timezone":"UTC"}' >/dev/null
wait_health "$container-ro" healthy 30
docker stop -t 30 "$container-ro" >/dev/null
[[ $(docker inspect -f '{{.State.ExitCode}}' "$container-ro") == 0 ]] || fail "read-only: docker stop did not exit 0"
docker rm -f "$container-ro" >/dev/null
pass "--read-only --cap-drop ALL --security-opt no-new-privileges: serves, writes to /data, healthy, stops with 0"

# A disk filling up: /data on a 64 MiB tmpfs (owned by the image's user); a 40 MiB file leaves
# less than the 50 MiB HEALTH_DISK_CRITICAL_BYTES, so /health turns 503 and Docker's check
# unhealthy; removed, healthy again.
run_bot "$container-disk" --tmpfs "/data:rw,size=64m,uid=$pid1_uid,gid=$gid"
wait_health "$container-disk" healthy 30
docker exec "$container-disk" dd if=/dev/zero of=/data/filler bs=1M count=40 status=none
code=$(curl -s -o "$OPS_TMP/health.json" -w '%{http_code}' "$url/health")
[[ $code == 503 ]] || fail "/health with a full disk: $code $(cat "$OPS_TMP/health.json")"
wait_health "$container-disk" unhealthy 30
docker exec "$container-disk" rm /data/filler
wait_health "$container-disk" healthy 30
docker rm -f "$container-disk" >/dev/null
pass "a full disk turns /health 503 and Docker's health unhealthy, and healthy again once freed"

# 5. The compose stack through the Makefile --------------------------------------------------
# As an operator runs it, under this run's names: the project, the container and volume names
# (QUEUE_BOT_NAME), the network, the published port, the env file and the backup folder. The
# compose command is the Makefile's own choice, given an empty .env so an operator's .env in the
# checkout does not change what is tested.
: >"$OPS_TMP/empty.env"
if docker compose version >/dev/null 2>&1; then
    compose_cmd="docker compose --env-file $OPS_TMP/empty.env"
else
    need docker-compose
    compose_cmd="docker-compose --compatibility --env-file $OPS_TMP/empty.env"
fi
compose_port=$(free_port)
compose_url="http://127.0.0.1:$compose_port"
cp "$src/queue-bot.env.example" "$OPS_TMP/bot.env"
echo "ADMIN_TOKEN=$admin_token" >>"$OPS_TMP/bot.env"
export COMPOSE_PROJECT_NAME=$run_id QUEUE_BOT_NAME=$run_id QUEUE_BOT_NETWORK=$run_id-network \
    QUEUE_BOT_PUBLISH=127.0.0.1:$compose_port QUEUE_BOT_ENV_FILE=$OPS_TMP/bot.env
unset QUEUE_BOT_IMAGE
opsmake() { make -s -C "$src" COMPOSE="$compose_cmd" SERVICE_URL="$compose_url" BACKUP_DIR="$OPS_TMP/backups" "$@"; }

t_compose=$SECONDS
opsmake docker-run IMAGE="$image" >"$OPS_TMP/compose.log" 2>&1 \
    || { tail -20 "$OPS_TMP/compose.log" >&2; fail "make docker-run failed"; }
[[ $(docker inspect -f '{{.Config.Image}}' "$run_id") == "$image" ]] || fail "make docker-run IMAGE=$image runs $(docker inspect -f '{{.Config.Image}}' "$run_id")"
wait_http "$compose_url/health/live" || fail "make docker-run: no answer on $compose_url in 30 s"
opsmake health >"$OPS_TMP/health.out" 2>&1 || fail "make health: $(cat "$OPS_TMP/health.out")"
grep -q '"status"' "$OPS_TMP/health.out" || fail "make health printed no health document"
pass "make docker-run, make health: $(grep -o '"status":"[a-z]*"' "$OPS_TMP/health.out" | tail -1)"

# Fixed names: the data volume is <QUEUE_BOT_NAME>-data whatever the folder, and the bot alone
# creates no Prometheus or Grafana volume.
volumes=$(docker volume ls -q | grep "^$run_id-" | grep -vx "$volume" | sort | tr '\n' ' ' || true)
[[ $volumes == "$run_id-data " ]] || fail "make docker-run created the volumes [$volumes], expected only $run_id-data"
docker network inspect "$run_id-network" >/dev/null 2>&1 || fail "the network $run_id-network is missing"
pass "volumes: only $run_id-data (fixed name, no monitoring volumes); network $run_id-network"

read -r memory nano_cpus cpu_quota cpu_period <<<"$(docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{.HostConfig.CpuQuota}} {{.HostConfig.CpuPeriod}}' "$run_id")"
[[ $memory == 268435456 ]] || fail "memory limit $memory, expected 268435456 (256 MiB)"
if [[ $nano_cpus != 0 ]]; then
    [[ $nano_cpus == 500000000 ]] || fail "CPU limit $nano_cpus nano-CPUs, expected 0.5 CPU"
else
    [[ $cpu_period -gt 0 && $((cpu_quota * 10 / cpu_period)) == 5 ]] || fail "CPU limit quota $cpu_quota / period $cpu_period, expected 0.5 CPU"
fi
pass "limits applied: memory 256 MiB, 0.5 CPU"

api POST "$compose_url/api/v1/queues" '{"name_ru":"Резервная копия","name_en":"Backed up","timezone":"Europe/Moscow"}' >/dev/null
opsmake docker-backup >"$OPS_TMP/backup.log" 2>&1 || { cat "$OPS_TMP/backup.log" >&2; fail "make docker-backup failed"; }
backup=$(ls "$OPS_TMP"/backups/queue-*.db 2>/dev/null | head -1)
[[ -n $backup ]] || fail "make docker-backup wrote no file into BACKUP_DIR: $(cat "$OPS_TMP/backup.log")"
[[ $(sqlite3 "$backup" 'PRAGMA integrity_check') == ok ]] || fail "the backup fails sqlite's integrity check"
sqlite3 "$backup" "SELECT name_en FROM queues" | grep -qx "Backed up" || fail "the backup does not hold the queue made before it"
docker exec "$run_id" sh -c 'ls /data/backup-*.db' >/dev/null 2>&1 && fail "make docker-backup left its copy in the volume"
pass "make docker-backup: $(basename "$backup") ($(($(stat -c %s "$backup") / 1024)) KiB) passes integrity_check and holds the queue"

# make deploy IMAGE=… builds that image and runs it (compose is given no QUEUE_BOT_IMAGE but
# the Makefile's), on the same data, and waits for Docker's healthy (the 30 s check interval).
t_deploy=$SECONDS
opsmake deploy IMAGE="$deploy_image" >"$OPS_TMP/deploy.log" 2>&1 || { tail -20 "$OPS_TMP/deploy.log" >&2; fail "make deploy failed"; }
[[ $(docker inspect -f '{{.Config.Image}}' "$run_id") == "$deploy_image" ]] \
    || fail "make deploy IMAGE=$deploy_image runs $(docker inspect -f '{{.Config.Image}}' "$run_id")"
[[ $(docker inspect -f '{{.Image}}' "$run_id") == "$(docker image inspect -f '{{.Id}}' "$deploy_image")" ]] \
    || fail "make deploy: the container does not run the image just built"
[[ $(docker inspect -f '{{.State.Health.Status}}' "$run_id") == healthy ]] || fail "make deploy returned before healthy"
has_queue "$compose_url" "Backed up" || fail "after make deploy the data is gone"
pass "make deploy IMAGE=$deploy_image: runs that image, healthy after $((SECONDS - t_deploy)) s, data kept"

opsmake docker-down >"$OPS_TMP/down.log" 2>&1 || { cat "$OPS_TMP/down.log" >&2; fail "make docker-down failed"; }
[[ -z $(docker ps -aq --filter "label=com.docker.compose.project=$run_id") ]] || fail "make docker-down left containers"
docker network inspect "$run_id-network" >/dev/null 2>&1 && fail "make docker-down left the network"
docker volume inspect "$run_id-data" >/dev/null 2>&1 || fail "make docker-down removed the data volume"
pass "make docker-down: containers and network gone, the data volume kept (compose part: $((SECONDS - t_compose)) s)"

pass "Docker part took $((SECONDS - docker_started_s)) s (base images ${base_seconds} s, image build ${build_seconds} s)"
