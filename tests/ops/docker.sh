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

run_id="qbops$$"
image=queue-bot-ops:test
deploy_image=queue-bot-ops:deploy-$$
admin_token=ops-test-admin-token-$$
label="queue-bot-ops-test=$run_id"
docker_started=$(date +%s)
DOCKERD_PID=""

# docker_cleanup: every container, volume and network of this run, then the daemon if this run
# started it. Runs on every exit, also after a failure.
docker_cleanup() {
    local status=$?
    if docker info >/dev/null 2>&1; then
        if [[ -n ${COMPOSE_PROJECT_NAME:-} ]]; then
            make -s -C "$src" docker-down >/dev/null 2>&1 || true
        fi
        local ids
        ids=$(docker ps -aq --filter "label=$label"; docker ps -aq --filter "label=com.docker.compose.project=$run_id")
        [[ -z $ids ]] || docker rm -f $ids >/dev/null 2>&1 || true
        ids=$(docker volume ls -q --filter "label=$label"; docker volume ls -q --filter "label=com.docker.compose.project=$run_id")
        [[ -z $ids ]] || docker volume rm -f $ids >/dev/null 2>&1 || true
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
