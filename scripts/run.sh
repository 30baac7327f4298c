#!/usr/bin/env bash
# Builds Gazette and serves it on http://127.0.0.1:8080.
#   scripts/run.sh                                   the embedded seed corpus
#   GAZETTE_CORPUS=path/to/raw-dir scripts/run.sh    any folder of raw files (built first)
#   GAZETTE_CORPUS=path/to/corpus.json scripts/run.sh   a corpus made by `gazette build`
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh run
export PATH="$PWD/node_modules/.bin:$PATH"
source scripts/corpus-env.sh
exec trunk serve --release --offline --locked --address 127.0.0.1 --port 8080
