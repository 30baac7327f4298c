#!/usr/bin/env bash
# Browser benchmark of facet recounts: p95 time from a click on a facet value to the
# updated counts on screen, on the scale corpus (see docs/BENCHMARKS.md).
#   scripts/bench-facets.sh            builds what is missing, then measures
# Environment: BENCH_CORPUS=<corpus.json> (default: the scale corpus that
# scripts/bench-search.sh builds), BENCH_ROUNDS=3.
# Writes target/bench/facets-results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
corpus=${BENCH_CORPUS:-target/bench/scale/corpus.json}
dist=target/bench/site/facets/gazette
if [ ! -f "$corpus" ]; then
  echo "[bench-facets] $corpus not found: building the scale corpus with scripts/bench-search.sh's preparation"
  BENCH_CORPORA=scale BENCH_TOOLS=gazette bash scripts/bench-search.sh >/dev/null
fi
echo "[bench-facets] making the viewer for $corpus"
scripts/build-viewer.sh "$PWD/$corpus" --out "$dist" >/dev/null 2>&1
node bench/facets.mjs "$dist" target/bench/facets-results.json
