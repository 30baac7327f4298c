#!/usr/bin/env bash
# Trunk post_build hook: prints the size of the built .wasm, raw and gzip.
set -euo pipefail
dir=${TRUNK_STAGING_DIR:-dist}
for wasm in "$dir"/*.wasm; do
  [ -f "$wasm" ] || continue
  raw=$(stat -c %s "$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  printf '[gazette] %s: %s bytes raw, %s bytes gzip (%s profile)\n' \
    "$(basename "$wasm")" "$raw" "$gz" "${TRUNK_PROFILE:-?}"
done
