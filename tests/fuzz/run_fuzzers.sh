#!/usr/bin/env bash
# Runs the libFuzzer targets of a LECTERN_FUZZ build on their seed corpora.
#   tests/fuzz/run_fuzzers.sh BUILD_DIR SECONDS [TARGET...]     (default: every target, one after another)
# Each target's working corpus is BUILD_DIR/fuzz-corpus/<target> (seeded from tests/data/fuzz/<target>,
# the project's fixtures listed below and tests/data/fuzz-regressions/<target>); crashing inputs are
# written to BUILD_DIR/fuzz-artifacts/<target>/. Exits non-zero when any target finds a problem.
# LECTERN_FUZZ_ARGS adds libFuzzer flags (e.g. "-fork=1 -ignore_crashes=1" to keep going after a crash).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
data=$src/tests/data
build=${1:?usage: run_fuzzers.sh BUILD_DIR SECONDS [TARGET...]}
seconds=${2:?usage: run_fuzzers.sh BUILD_DIR SECONDS [TARGET...]}
shift 2
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(portaltext html markdown decoder extractor numberparser jsonld reviewfile libraryfile reviewimport office pdf)

fixtures() {
    case "$1" in
        portaltext) echo "$data"/import/portal-*.txt "$data"/import/plain-*.txt "$data"/import/only-chrome.txt \
                         "$data"/library/set/*.txt "$data"/review/*.txt ;;
        html) echo "$data"/import/*.html "$data"/library/bad/broken.html ;;
        markdown) echo "$data"/import/*.md "$data"/import/*.markdown "$data"/library/set/tinh/*.md ;;
        decoder) echo "$data"/import/*.txt "$data"/import/*.html "$data"/import/*.md "$data"/foundation/*.txt ;;
        extractor) echo "$data"/review/*.txt "$data"/print/*.txt "$data"/library/set/*.txt "$data"/import/portal-*.txt ;;
        *) ;;
    esac
}

status=0
for t in "${targets[@]}"; do
    bin=$build/fuzz/fuzz_$t
    [ -x "$bin" ] || { echo "run_fuzzers: $bin is missing (build the lectern_fuzzers target)" >&2; status=1; continue; }
    corpus=$build/fuzz-corpus/$t
    artifacts=$build/fuzz-artifacts/$t
    mkdir -p "$corpus" "$artifacts"
    for f in $(fixtures "$t") "$data/fuzz/$t"/* "$data/fuzz-regressions/$t"/*; do
        [ -f "$f" ] && cp -n "$f" "$corpus/" 2>/dev/null
    done
    dict=()
    [ -f "$here/dict/$t.dict" ] && dict=(-dict="$here/dict/$t.dict")
    echo "== fuzz_$t for ${seconds}s on $(ls "$corpus" | wc -l) inputs"
    # shellcheck disable=SC2086 # LECTERN_FUZZ_ARGS: extra libFuzzer flags, split on spaces
    if ! "$bin" "${dict[@]}" ${LECTERN_FUZZ_ARGS:-} -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" 2>"$build/fuzz-$t.log"; then
        echo "fuzz_$t found a problem: see $build/fuzz-$t.log and $artifacts/" >&2
        tail -n 40 "$build/fuzz-$t.log" >&2
        status=1
    else
        grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|cov:' "$build/fuzz-$t.log" | tail -n 3
    fi
done
exit $status
