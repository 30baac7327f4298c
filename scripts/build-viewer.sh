#!/usr/bin/env bash
# Builds the viewer for any corpus: dist/ for static hosting and
# dist/gazette-offline.html, the same app in one file for file:// use.
#   scripts/build-viewer.sh INPUT [--title TITLE] [--description TEXT] [--out DIR]
# INPUT is a directory of raw files (built with `gazette build` first; the
# report goes next to the corpus in target/gazette/) or a corpus JSON.
# --title/--description name the corpus in the viewer's header (for a corpus
# JSON they replace its own). --out defaults to the repository's dist/.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)

usage() { sed -n '2,8p' "$repo/scripts/build-viewer.sh" | sed 's/^# \{0,1\}//' >&2; exit 2; }
input="" out="$repo/dist" title="" description="" has_title=no has_description=no
while [ $# -gt 0 ]; do
  case $1 in
    --title) [ $# -ge 2 ] || usage; title=$2; has_title=yes; shift 2 ;;
    --description) [ $# -ge 2 ] || usage; description=$2; has_description=yes; shift 2 ;;
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

scripts/setup.sh run
export PATH="$PWD/node_modules/.bin:$PATH"
# The CLI's cargo profile (test.sh reuses the dev build its tests made).
profile=${GAZETTE_CLI_PROFILE:-release}

if [ -d "$input" ]; then
  work="target/gazette/$(basename "$input")"
  mkdir -p "$work"
  echo "[gazette] building the corpus from $input"
  cargo run --quiet --locked --profile "$profile" -p gazette-cli -- build "$input" \
    -o "$work/corpus.json" --report "$work/report.json" \
    --title "$title" --description "$description"
  echo "[gazette] corpus: $work/corpus.json, build report: $work/report.json"
  corpus="$work/corpus.json"
else
  corpus=$input
fi
export GAZETTE_CORPUS
GAZETTE_CORPUS=$(realpath "$corpus")
unset GAZETTE_TITLE GAZETTE_DESCRIPTION
[ $has_title = no ] || export GAZETTE_TITLE="$title"
[ $has_description = no ] || export GAZETTE_DESCRIPTION="$description"

trunk build --release --offline --locked --dist "$out"
echo "[gazette] hosted viewer: $out/ (serve it from any path); single file: $out/gazette-offline.html"
