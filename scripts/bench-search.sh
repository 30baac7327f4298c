#!/usr/bin/env bash
# Browser search benchmark: Gazette vs MiniSearch, FlexSearch, Pagefind and a brute-force scan,
# on the policy and scale corpora, in headless Chromium (see docs/BENCHMARKS.md).
#   scripts/bench-search.sh
# Environment:
#   BENCH_CORPORA=policy,scale   which corpora (default both)
#   BENCH_TOOLS=brute,gazette,minisearch,flexsearch,pagefind,pagefind-exact   which tools (default all)
#   BENCH_READY_TIMEOUT_S=600    a tool not ready by then is recorded as timed out
#   BENCH_RUN_ONLY=1             skip every build and preparation step, reuse target/bench/
#   BENCH_SHARED=../shared/corpus   where the raw corpora are
# Cargo's CARGO_TARGET_DIR is respected (the CLI binary and the app build go there).
# Writes target/bench/search-results.{json,md} and prints the Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."

CORPORA=${BENCH_CORPORA:-policy,scale}
TOOLS=${BENCH_TOOLS:-brute,gazette,minisearch,flexsearch,pagefind,pagefind-exact}
OUT=target/bench
SHARED=${BENCH_SHARED:-../shared/corpus}
POLICY_DIR=$SHARED/policy
SCALE_TAR=$SHARED/scale-2023.tar.gz
GAZETTE_BIN=${CARGO_TARGET_DIR:-target}/release/gazette
export PATH="$PWD/node_modules/.bin:$PATH"

say() { printf '[bench-search] %s\n' "$*"; }
start=$(date +%s)
mkdir -p "$OUT"
: >"$OUT/skipped.txt"
skip() { say "$*" >&2; echo "$*" >>"$OUT/skipped.txt"; }

# Raw input directory of a corpus, unpacking the scale tarball on first use; empty when absent.
input_dir() {
  case $1 in
    policy)
      if [ -d "$POLICY_DIR" ]; then echo "$POLICY_DIR"; else skip "SKIPPED policy corpus: $POLICY_DIR not found"; fi ;;
    scale)
      local dir
      dir=$(BENCH_SHARED=$SHARED scripts/unpack-scale.sh)
      if [ -n "$dir" ]; then echo "$dir"; else skip "SKIPPED scale corpus: $SCALE_TAR not found"; fi ;;
    *) echo "unknown corpus $1 (known: policy, scale)" >&2; exit 2 ;;
  esac
}

# Makes the viewer for a corpus in target/bench/site/<name>/gazette. A failed build
# is reported (and shown in the results as "not available") rather than ending the benchmark.
build_gazette() {
  local name=$1 dist="$OUT/site/$1/gazette"
  rm -rf "$dist" "$OUT/site/$name/gazette-build-error.txt"
  say "making the Gazette viewer for the $name corpus"
  if ! scripts/build-viewer.sh "$PWD/$OUT/$name/corpus.json" --out "$dist" >"$OUT/$name/trunk.log" 2>&1; then
    tail -20 "$OUT/$name/trunk.log" >&2
    say "WARNING: Gazette build failed for $name (log: $OUT/$name/trunk.log)"
    echo "Gazette build failed (see $OUT/$name/trunk.log)" >"$OUT/site/$name/gazette-build-error.txt"
    rm -rf "$dist"
  fi
}

prepared=()
if [ "${BENCH_RUN_ONLY:-}" = 1 ]; then
  IFS=, read -ra prepared <<<"$CORPORA"
else
  scripts/setup.sh test
  say "building the gazette CLI"
  cargo build --quiet --release --locked -p gazette-cli
  IFS=, read -ra wanted <<<"$CORPORA"
  for name in "${wanted[@]}"; do
    dir=$(input_dir "$name")
    [ -n "$dir" ] || continue
    mkdir -p "$OUT/$name" "$OUT/site/$name"
    say "building the $name corpus from $dir"
    "$GAZETTE_BIN" build "$dir" -o "$OUT/$name/corpus.json" --report "$OUT/$name/report.json" \
      2>&1 | tail -1
    node bench/prepare.mjs "$name" "$OUT/$name/corpus.json"
    case ",$TOOLS," in *,gazette,*) build_gazette "$name" ;; esac
    prepared+=("$name")
  done
fi

if [ ${#prepared[@]} -eq 0 ]; then
  say "no corpus to benchmark"
  exit 1
fi
BENCH_CORPORA=$(IFS=,; echo "${prepared[*]}") BENCH_TOOLS=$TOOLS node bench/run.mjs
say "total $(( $(date +%s) - start )) s"
