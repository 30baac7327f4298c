#!/usr/bin/env bash
# Start-up of the single file (dist/gazette-offline.html) from file://: the
# embedded wasm+corpus gzip-compressed vs uncompressed, on the seed and policy
# corpora, in headless Chromium (see docs/BENCHMARKS.md).
#   scripts/bench-offline.sh            BENCH_ROUNDS=9 loads of each variant, alternating
# Writes target/bench/offline/results.{json,md} and prints the Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$PWD/node_modules/.bin:$PATH"
OUT=target/bench/offline
POLICY=${BENCH_SHARED:-../shared/corpus}/policy
mkdir -p "$OUT"
say() { printf '[bench-offline] %s\n' "$*"; }

builds=()
say "building the viewer with the seed corpus"
scripts/build-viewer.sh "$PWD/corpus/seeds.json" --out "$OUT/seeds" >"$OUT/seeds.log" 2>&1
builds+=("seeds=$OUT/seeds")
if [ -d "$POLICY" ]; then
  say "building the policy corpus and the viewer with it"
  cargo run --quiet --release --locked -p gazette-cli -- build "$POLICY" -o "$OUT/policy.json" | tail -1
  scripts/build-viewer.sh "$PWD/$OUT/policy.json" --out "$OUT/policy" >"$OUT/policy.log" 2>&1
  builds+=("policy=$OUT/policy")
else
  say "SKIPPED policy corpus: $POLICY not found"
fi
nice -n 10 node bench/offline-startup.mjs "${builds[@]}" --rounds "${BENCH_ROUNDS:-9}" --out "$OUT/results.json" \
  | tee "$OUT/results.md"
