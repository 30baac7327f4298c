#!/usr/bin/env bash
# Makes the viewer for any corpus: a site for static hosting and its
# gazette-offline.html, the same viewer in one file for file:// use.
#   scripts/build-viewer.sh INPUT [--title TITLE] [--description TEXT] [--out DIR]
# INPUT is a directory of raw files (the corpus JSON and the build report go
# to target/gazette/<folder name>/) or a corpus JSON. --out defaults to dist/.
# A thin wrapper: the first time it installs the toolchain and builds the app
# (corpus-free) and the gazette CLI; after that it is one `gazette build --site`
# (or `gazette site`) call that takes seconds and compiles nothing.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)

usage() { sed -n '2,10p' "$repo/scripts/build-viewer.sh" | sed 's/^# \{0,1\}//' >&2; exit 2; }
input="" out="$repo/dist"
naming=()
while [ $# -gt 0 ]; do
  case $1 in
    --title|--description) [ $# -ge 2 ] || usage; naming+=("$1" "$2"); shift 2 ;;
    --out) [ $# -ge 2 ] || usage; out=$2; shift 2 ;;
    -h|--help) usage ;;
    -*) echo "unknown option $1" >&2; usage ;;
    *) [ -z "$input" ] || usage; input=$1; shift ;;
  esac
done
[ -n "$input" ] || usage
[ -e "$input" ] || { echo "error: no such file or directory: $input" >&2; exit 1; }
# Paths are the caller's; the work happens at the repository root.
input=$(realpath "$input")
out=$(realpath -m "$out")
cd "$repo"

# The CLI's cargo profile (test.sh reuses the dev build its tests made).
profile=${GAZETTE_CLI_PROFILE:-release}
if [ ! -f dist/index.html ] || [ ! -f dist/gazette-offline.html ]; then
  echo "[gazette] building the app once (dist/, no corpus inside; later viewers reuse it)"
  scripts/setup.sh run
  PATH="$PWD/node_modules/.bin:$PATH" GAZETTE_CORPUS="" trunk build --release --offline --locked
fi
gazette() { cargo run --quiet --locked --profile "$profile" -p gazette-cli -- "$@"; }

if [ -d "$input" ]; then
  work="target/gazette/$(basename "$input")"
  mkdir -p "$work"
  gazette build "$input" -o "$work/corpus.json" --report "$work/report.json" \
    --site "$out" --app dist "${naming[@]}"
  echo "[gazette] corpus: $work/corpus.json, build report: $work/report.json"
else
  gazette site --corpus "$input" --site "$out" --app dist "${naming[@]}"
fi
echo "[gazette] hosted viewer: $out/ (serve it from any path); single file: $out/gazette-offline.html"
