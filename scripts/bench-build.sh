#!/usr/bin/env bash
# How long making a viewer for a corpus takes (docs/BENCHMARKS.md, "Making a viewer"):
# `gazette build INPUT --site DIR` (the app built once, the corpus beside it) against the
# way before it, in the same run: the app recompiled with the corpus inside its .wasm
# (`GAZETTE_CORPUS=corpus.json trunk build`, at BENCH_BASELINE_REV, warm: its cargo
# cache filled by a first build with the seeds). Not part of scripts/test.sh (about 10
# minutes, most of it the baseline's first build).
#   scripts/bench-build.sh
# Environment: BENCH_INPUT (default ../shared/corpus/policy), BENCH_RUNS (default 3),
#   BENCH_BASELINE_REV (default 47ec00e, the last commit with the corpus compiled in).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
input=${BENCH_INPUT:-../shared/corpus/policy}
runs=${BENCH_RUNS:-3}
rev=${BENCH_BASELINE_REV:-47ec00e}
out=target/bench/build
say() { printf '[bench-build] %s\n' "$*"; }
[ -d "$input" ] || { say "SKIPPED: $input not found"; exit 0; }
scripts/setup.sh run
export PATH="$repo/node_modules/.bin:$PATH"
mkdir -p "$out"
[ -f dist/index.html ] || trunk build --release --offline --locked >/dev/null
cargo build --quiet --release --locked -p gazette-cli
gazette=${CARGO_TARGET_DIR:-target}/release/gazette
"$gazette" build "$input" -o "$out/corpus.json" >/dev/null

seconds() { local start; start=$(date +%s.%N); "$@" >/dev/null 2>&1; awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a}'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

say "baseline: a worktree at $rev, its cargo cache warmed with the seeds"
base="$repo/$out/baseline"
[ -d "$base" ] || git worktree add --detach "$base" "$rev" >/dev/null
(cd "$base" && ln -sfn "$repo/node_modules" node_modules \
  && CARGO_TARGET_DIR="$repo/$out/baseline-target" trunk build --release --offline --locked --dist "$repo/$out/baseline-seeds" >/dev/null 2>&1)

new=() old=()
for run in $(seq "$runs"); do
  rm -rf "$out/site"
  new+=("$(seconds "$gazette" build "$input" --site "$out/site" --app dist)")
  old+=("$(cd "$base" && seconds env CARGO_TARGET_DIR="$repo/$out/baseline-target" GAZETTE_CORPUS="$repo/$out/corpus.json" \
    GAZETTE_TITLE="run $run" trunk build --release --offline --locked --dist "$repo/$out/baseline-site")")
  say "run $run: gazette build --site ${new[-1]} s, recompiling the app ${old[-1]} s"
done
new_median=$(printf '%s\n' "${new[@]}" | median)
old_median=$(printf '%s\n' "${old[@]}" | median)
ratio=$(awk -v a="$new_median" -v b="$old_median" 'BEGIN {printf "%.3f", a / b}')
say "median of $runs: gazette build --site $new_median s; recompiling ($rev) $old_median s; ratio ${ratio}x"
printf '{"input":"%s","runs":%s,"site_s":%s,"recompile_s":%s,"ratio":%s}\n' \
  "$input" "$runs" "$new_median" "$old_median" "$ratio" >"$out/results.json"
