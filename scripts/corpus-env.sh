# Sourced by run.sh and test.sh: when GAZETTE_CORPUS names a directory of raw
# files, builds it with the gazette CLI and points GAZETTE_CORPUS at the result.
if [ -n "${GAZETTE_CORPUS:-}" ] && [ -d "$GAZETTE_CORPUS" ]; then
  echo "[gazette] building corpus from $GAZETTE_CORPUS"
  cargo run --quiet --locked --release -p gazette-cli -- build "$GAZETTE_CORPUS" \
    -o target/gazette/corpus.json --report target/gazette/report.json
  echo "[gazette] build report: target/gazette/report.json"
  export GAZETTE_CORPUS="$PWD/target/gazette/corpus.json"
elif [ -n "${GAZETTE_CORPUS:-}" ]; then
  GAZETTE_CORPUS=$(realpath "$GAZETTE_CORPUS")
  export GAZETTE_CORPUS
fi
