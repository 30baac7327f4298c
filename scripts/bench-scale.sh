#!/usr/bin/env bash
# Scale and performance budget (docs/BENCHMARKS.md, "Performance budget and scale"): Gazette,
# MiniSearch and Pagefind on 25, 50 and 100 % of the scale corpus, in headless Chromium, in one
# run. Not part of scripts/test.sh (about 15 minutes on the 2-core machine).
#   scripts/bench-scale.sh
# Environment:
#   BENCH_PERCENTS=25,50,100   shares of the scale corpus; 200 adds a synthetic corpus of every
#                              document twice (checks the 1 GiB extrapolation; ~10 more minutes)
#   BENCH_RUN_ONLY=1     skip the builds and preparation, rerun the browser part on target/bench-scale/
#   BENCH_TOOLS=gazette,minisearch,pagefind
#   BENCH_SHARED=../shared/corpus   where the scale tarball is
# Writes target/bench-scale/budget-results.{json,md}, prints the Markdown; exits 1 when Gazette is
# over a budget, 2 when the scale corpus is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_OUT="$PWD/target/bench-scale"
GAZETTE_BIN=${CARGO_TARGET_DIR:-target}/release/gazette
export PATH="$PWD/node_modules/.bin:$PATH"
say() { printf '[bench-scale] %s\n' "$*"; }
start=$(date +%s)
IFS=, read -ra percents <<<"${BENCH_PERCENTS:-25,50,100}"
BENCH_FRACTIONS=$(printf 'scale-%s,' "${percents[@]}")
export BENCH_FRACTIONS=${BENCH_FRACTIONS%,}

# The viewer for a corpus (the app from dist/ and its pack), into $BENCH_OUT/site/<name>/gazette.
build_app() {
  local name=$1 corpus=$2 dist="$BENCH_OUT/site/$1/gazette"
  say "making the Gazette viewer for $name"
  mkdir -p "$BENCH_OUT/$name"
  scripts/build-viewer.sh "$corpus" --out "$dist" \
    >"$BENCH_OUT/$name/trunk.log" 2>&1 || { tail -20 "$BENCH_OUT/$name/trunk.log" >&2; exit 1; }
}

if [ "${BENCH_RUN_ONLY:-}" != 1 ]; then
  scripts/setup.sh test
  input=$(scripts/unpack-scale.sh)
  [ -n "$input" ] || { say "SKIPPED: ${BENCH_SHARED:-../shared/corpus}/scale-2023.tar.gz not found"; exit 2; }
  say "building the gazette CLI"
  cargo build --quiet --release --locked -p gazette-cli
  mkdir -p "$BENCH_OUT/scale-100"
  say "building the scale corpus from $input"
  "$GAZETTE_BIN" build "$input" -o "$BENCH_OUT/scale-100/corpus.json" \
    --report "$BENCH_OUT/scale-100/report.json" 2>&1 | tail -1
  for percent in "${percents[@]}"; do
    [ "$percent" = 100 ] && continue
    node bench/subset.mjs "$BENCH_OUT/scale-100/corpus.json" "$percent" "$BENCH_OUT/scale-$percent/corpus.json"
  done
  printf '{"schema_version":1,"docs":[]}\n' >"$BENCH_OUT/empty.json"
  build_app empty "$BENCH_OUT/empty.json"
  for percent in "${percents[@]}"; do
    node bench/prepare.mjs "scale-$percent" "$BENCH_OUT/scale-$percent/corpus.json"
    build_app "scale-$percent" "$BENCH_OUT/scale-$percent/corpus.json"
  done
fi
status=0
node bench/budget.mjs || status=$?
say "total $(( $(date +%s) - start )) s"
exit "$status"
