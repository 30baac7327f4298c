#!/usr/bin/env bash
# Prints the directory of the unpacked scale corpus, unpacking ../shared/corpus/scale-2023.tar.gz
# into target/bench-data/ on first use; prints nothing when it is absent (the caller says SKIPPED).
#   BENCH_SHARED=../shared/corpus   where the raw corpora are
set -euo pipefail
cd "$(dirname "$0")/.."
tarball=${BENCH_SHARED:-../shared/corpus}/scale-2023.tar.gz
dir=target/bench-data/scale-2023
if [ -d "$dir" ]; then
  echo "$dir"
elif [ -f "$tarball" ]; then
  echo "[unpack-scale] unpacking $tarball into $(dirname "$dir")" >&2
  mkdir -p "$(dirname "$dir")"
  tar xzf "$tarball" -C "$(dirname "$dir")"
  echo "$dir"
fi
