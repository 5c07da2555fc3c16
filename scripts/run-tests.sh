#!/usr/bin/env bash
# Runs the whole test suite against a built tree: starts what the tests need, runs ctest, stops it.
set -euo pipefail
build_dir=${1:-build}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -j "$(nproc)"
