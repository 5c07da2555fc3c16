#!/usr/bin/env bash
# Runs the whole test suite against a built tree: starts what the tests need, runs ctest, stops it.
#   scripts/run-tests.sh [BUILD_DIR]              a normal build (make test)
#   scripts/run-tests.sh --sanitize BUILD_DIR     a SANITIZE=ON build (make test-sanitize)
set -euo pipefail
sanitize=0
if [[ "${1:-}" == "--sanitize" ]]; then
  sanitize=1
  shift
fi
build_dir=${1:-build}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

if (( ! sanitize )); then
  ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -j "$(nproc)"
  exit
fi

# Every sanitized process (the tests and the queue-service, booking_worker ... they start) writes
# its reports to files, so a finding in a child process fails the run even where the test that
# started it only looks at the child's answers.
supp_dir=$(cd "$(dirname "$0")/../tests/sanitizers" && pwd)
report_dir=$(cd "$build_dir" && pwd)/sanitizer-reports
rm -rf "$report_dir"
mkdir -p "$report_dir"
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:strict_string_checks=1:check_initialization_order=1:log_path=$report_dir/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$report_dir/ubsan"
export LSAN_OPTIONS="suppressions=$supp_dir/lsan.supp:print_suppressions=0"
# ops_docker builds the image from the sources with its own compiler flags and runs that: nothing
# sanitized runs in it, and make test has run it already.
status=0
ctest --test-dir "$build_dir" --output-on-failure --timeout 900 -j "$(nproc)" -E '^ops_docker$' || status=$?
reports=("$report_dir"/*)
if [[ -e "${reports[0]}" ]]; then
  for report in "${reports[@]}"; do
    echo "==== $report"
    cat "$report"
  done
  echo "sanitizers: ${#reports[@]} report(s) in $report_dir" >&2
  status=1
fi
exit $status
