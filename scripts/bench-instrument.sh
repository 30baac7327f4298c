#!/usr/bin/env bash
# Browser benchmark of the instrument page and the article-by-article comparison (issue 16;
# docs/BENCHMARKS.md, "Instruments in the browser"): makes the policy corpus's viewer site
# (`gazette build --site`, the release app in dist/) and times, in headless Chromium
# (bench/instrument.mjs), the most-cited instrument's page, the page of an instrument with a
# draft and a final, and their comparison by article, against a document's reading view in the
# same page and run.
#   scripts/bench-instrument.sh [runs]        (default 30 runs; about 2 minutes)
# Writes target/bench/instrument/results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-30}
OUT=target/bench/instrument
POLICY=${BENCH_SHARED:-../shared/corpus}/policy
export PATH="$PWD/node_modules/.bin:$PATH"
if [ ! -d "$POLICY" ]; then echo "SKIPPED: $POLICY not found"; exit 0; fi
scripts/setup.sh test
mkdir -p "$OUT"
[ -f dist/index.html ] || trunk build --release --offline --locked >/dev/null
cargo build --quiet --release --locked -p gazette-cli
gazette=${CARGO_TARGET_DIR:-target}/release/gazette
rm -rf "$OUT/site"
"$gazette" build "$POLICY" -o "$OUT/corpus.json" --site "$OUT/site" --app dist >/dev/null
"$gazette" instruments --corpus "$OUT/corpus.json" --json --limit 100000 >"$OUT/instruments.json"
node bench/instrument.mjs "$OUT/site" "$OUT/instruments.json" "$RUNS" | tee "$OUT/results.txt"
