#!/usr/bin/env bash
# Trunk post_build hook: puts a corpus into the app just built, so that
# `trunk build` and `trunk serve` give a working viewer. The app itself has no
# corpus; this is `gazette site` with the staging directory as template and
# site. The corpus is $GAZETTE_CORPUS (a corpus JSON; scripts/corpus-env.sh
# builds one from a folder of raw files), else the seeds (corpus/seeds.json).
set -euo pipefail
dir=${TRUNK_STAGING_DIR:-dist}
corpus=${GAZETTE_CORPUS:-corpus/seeds.json}
cargo run --quiet --locked --profile "${GAZETTE_CLI_PROFILE:-release}" -p gazette-cli -- \
  site --corpus "$corpus" --app "$dir" --site "$dir"
