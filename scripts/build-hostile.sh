#!/usr/bin/env bash
# Builds the viewer for the hostile corpus, for tests/e2e/hostile.test.mjs:
#   target/hostile/input/    tests/fixtures/hostile/ plus the generated files (make-hostile.sh)
#   target/hostile/corpus.json, report.json    what `gazette build` made of them
#   target/hostile/dist/     the viewer site for that corpus (the app from dist/)
# Run by scripts/test.sh; on its own: scripts/build-hostile.sh && node --test tests/e2e/hostile.test.mjs
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/hostile
rm -rf "$out/input"
bash tests/fixtures/make-hostile.sh "$out/input"
cargo run --quiet --locked -p gazette-cli -- build "$out/input" \
  -o "$out/corpus.json" --report "$out/report.json" --site "$out/dist" --app dist
