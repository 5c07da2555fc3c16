#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running Queue Bot needs.
# This is the single package list: the Makefile and the Dockerfile build stage both call it.
# Idempotent and quiet when everything is already present.
#
#   scripts/install-deps.sh            build + test + run (default)
#   scripts/install-deps.sh --build    only what a build needs (Dockerfile build stage)
#   scripts/install-deps.sh --fuzz     what a build needs and clang with libFuzzer (make fuzz)
set -euo pipefail

build_packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libgl-dev
  prometheus-cpp-dev qtkeychain-qt6-dev
  file dpkg-dev
)
test_packages=(
  sqlite3 xvfb xauth imagemagick procps openssl
  prometheus docker-compose nginx desktop-file-utils librsvg2-bin curl  # tests/ops
  debootstrap  # tests/ops/docker.sh: local Debian base images for the image it builds and runs
  postgresql  # the *_postgres tests start a throwaway server (tests/postgres/with-postgres.sh)
)
# tests/ops/docker.sh needs a Docker engine: Debian's, unless one is installed already (docker.io
# conflicts with Docker's own docker-ce / containerd.io packages).
if ! command -v dockerd >/dev/null 2>&1; then
  test_packages+=(docker.io)
fi
# tst_emulator runs npm's telegram-test-api: any Node.js with npm will do, Debian's if there is none.
if ! command -v npm >/dev/null 2>&1; then
  test_packages+=(nodejs npm)
fi

# make fuzz: clang 14 and its runtime libraries (libclang_rt.fuzzer, asan, ubsan), which clang
# only recommends.
fuzz_packages=(clang libclang-rt-14-dev)

packages=("${build_packages[@]}")
case "${1:-}" in
  --build) ;;
  --fuzz) packages+=("${fuzz_packages[@]}") ;;
  *) packages+=("${test_packages[@]}") ;;
esac

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "install-deps: installing ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
