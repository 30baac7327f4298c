#!/usr/bin/env bash
# Browser benchmark of the comparison view (see docs/BENCHMARKS.md): builds the policy corpus,
# adds two 30,000-character documents (bench/long-pair.mjs), builds the release app with it
# embedded and times rendering comparisons in headless Chromium (bench/compare.mjs).
#   scripts/bench-compare.sh [runs]        (default 30 runs; about 5 minutes)
# Writes target/bench/compare/results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-30}
OUT=target/bench/compare
POLICY=${BENCH_SHARED:-../shared/corpus}/policy
export PATH="$PWD/node_modules/.bin:$PATH"
if [ ! -d "$POLICY" ]; then echo "SKIPPED: $POLICY not found"; exit 0; fi
scripts/setup.sh test
mkdir -p "$OUT"
cargo build --release --locked -p gazette-cli
"${CARGO_TARGET_DIR:-target}/release/gazette" build "$POLICY" -o "$OUT/policy.json"
node bench/long-pair.mjs "$OUT/policy.json" "$OUT/corpus.json"
scripts/build-viewer.sh "$PWD/$OUT/corpus.json" --out "$OUT/dist" >"$OUT/trunk.log" 2>&1 \
  || { tail -20 "$OUT/trunk.log"; exit 1; }
node bench/compare.mjs "$OUT/dist" "$OUT/corpus.json" "$RUNS" | tee "$OUT/results.txt"
