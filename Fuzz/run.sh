#!/usr/bin/env bash
# Builds and runs the libFuzzer targets for the CSV reader and the checklist decoder
# (see docs/reliability.md). Not part of the package build.
#
#   Fuzz/run.sh csv [seconds] [libFuzzer flags...]        fuzz the CSV reader and registry decoders
#   Fuzz/run.sh checklist [seconds] [libFuzzer flags...]  fuzz template/assessment decoding and use
#   Fuzz/run.sh smoke [seconds]                           both targets briefly (default 10 s each)
#
# The corpus grows in .build/fuzz/corpus-<target> across runs; crashing inputs land in
# .build/fuzz/crashes-<target>/. Copy them to Tests/SMEModelTests/FuzzRegressions/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?usage: Fuzz/run.sh csv|checklist|smoke [seconds] [flags...]}
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : $# ))

if [ "$target" = smoke ]; then
  [ "$seconds" = 60 ] && seconds=10
  "$0" csv "$seconds" "$@"
  "$0" checklist "$seconds" "$@"
  exit 0
fi
case "$target" in csv|checklist) ;; *) echo "unknown target: $target (csv or checklist)" >&2; exit 2 ;; esac

out=.build/fuzz
binary=$out/fuzz-smemodel
mkdir -p "$out"
if [ ! -x "$binary" ] || [ -n "$(find Sources/SMEModel Fuzz -name '*.swift' -newer "$binary" | head -1)" ]; then
  echo "== building $binary (SMEModel + Fuzz/*.swift, -sanitize=fuzzer,address)" >&2
  # shellcheck disable=SC2046
  swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name SMEModelFuzz \
    Fuzz/FuzzEntry.swift Fuzz/FuzzTargets.swift $(find Sources/SMEModel -name '*.swift' | sort) \
    -o "$binary" 2>&1 | { grep -v "Cannot export local symbol" || true; } >&2
fi

corpus=$out/corpus-$target
crashes=$out/crashes-$target/
mkdir -p "$corpus" "$crashes"
# Seeds: the bundled files (CSV cut to their first rows so mutations reach every column).
if [ "$target" = csv ]; then
  for f in data/registry/*.csv data/survey/*.csv; do head -n 12 "$f" > "$corpus/seed-$(basename "$f")"; done
else
  cp data/sop/*.json "$corpus/"
  for f in data/assessments/*.json; do cp "$f" "$corpus/seed-$(basename "$f")"; done
fi
for f in Fuzz/seeds/"$target"/* Tests/SMEModelTests/FuzzRegressions/"$target"/*; do [ -f "$f" ] && cp "$f" "$corpus/"; done

echo "== fuzzing $target for $seconds s" >&2
SMEDASH_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no "$binary" "$corpus" \
  -max_total_time="$seconds" -artifact_prefix="$crashes" -dict="Fuzz/$target.dict" -print_final_stats=1 "$@"
