#!/usr/bin/env bash
# make fuzz: builds the libFuzzer targets of tests/fuzz with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in their own build directory, runs each for FUZZ_RUNS executions
# starting from its committed seeds, and prints executions and coverage per target.
#
#   FUZZ_RUNS=1000000      executions per target
#   FUZZ_TARGETS="a b"     a subset (default: every target)
#   FUZZ_BUILD_DIR         default build-fuzz
#
# What a run discovers goes to $FUZZ_BUILD_DIR/corpus/<target> (the seeds are only read); a
# crashing input to $FUZZ_BUILD_DIR/findings/. Commit a finding into tests/fuzz/<target>/ with its
# fix: `make test` replays that directory.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${FUZZ_BUILD_DIR:-build-fuzz}
runs=${FUZZ_RUNS:-1000000}
jobs=${JOBS:-$(nproc)}
read -r -a targets <<<"${FUZZ_TARGETS:-httpframer telegramupdate callbackdata adminfields csvwriter config}"

CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only -DNDEBUG" -DWARNINGS_AS_ERRORS=ON \
    -DBUILD_FUZZERS=ON -DBUILD_TESTING=OFF -DBUILD_CONSOLE=OFF >/dev/null
cmake --build "$build_dir" --target fuzzers -j "$jobs"

mkdir -p "$build_dir/findings"
summary=()
failed=0
for target in "${targets[@]}"; do
    mkdir -p "$build_dir/corpus/$target"
    log="$build_dir/fuzz-$target.log"
    echo "fuzz_$target: $runs executions (log: $log)"
    status=ok
    options=(-runs="$runs" -timeout=10 -print_final_stats=1)
    # tests/fuzz/<target>.dict: the tokens of that input's language, so mutations make sense.
    if [[ -f "tests/fuzz/$target.dict" ]]; then
        options+=(-dict="tests/fuzz/$target.dict")
    fi
    # Settings are one per line and there are about 40: a longer environment only repeats them
    # and slows each execution down (a time zone is looked up on every one).
    if [[ "$target" == config ]]; then
        options+=(-max_len=1024)
    fi
    if ! "$build_dir/tests/fuzz/fuzz_$target" "${options[@]}" \
        -artifact_prefix="$build_dir/findings/$target-" \
        "$build_dir/corpus/$target" "tests/fuzz/$target" >"$log" 2>&1; then
        status=FINDING
        failed=1
        grep -E "ERROR|SUMMARY|fuzz check failed|artifact_prefix|Test unit written" "$log" | head -n 20 || true
    fi
    # libFuzzer's last status line ("#1000000 DONE cov: 812 ft: 2411 corp: 301/9Kb ...") and its
    # final stats ("stat::number_of_executed_units: 1000000").
    executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    per_second=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -n 1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(sed -n 's/.* corp: \([0-9]*\)\/.*/\1/p' <<<"$last")
    summary+=("$(printf '%-16s %12s %10s %8s %9s %8s  %s' "$target" "${executed:-?}" "${per_second:-?}" \
        "${cov:-?}" "${ft:-?}" "${corp:-?}" "$status")")
done

echo
printf '%-16s %12s %10s %8s %9s %8s  %s\n' target executions exec/s "cov" features corpus result
printf '%s\n' "${summary[@]}"
echo "(cov: edges of the instrumented code reached; features: libFuzzer's finer coverage signal)"
exit $failed
