#!/usr/bin/env bash
# Runs every check Gazette has, installing whatever is missing first.
# Ends with one line: "all suites: N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/webdriver.json"
export WASM_BINDGEN_TEST_TIMEOUT=120

passed=0
failed=0
logs=$(mktemp -d)
step() { printf '\n==== %s\n' "$*"; }

# Sums the first (or last) number of every match of a pattern in a log.
sum_of() {
  local pattern=$1 log=$2 which=${3:-first} total=0 n
  while IFS= read -r match; do
    if [ "$which" = last ]; then n=$(grep -oE '[0-9]+' <<<"$match" | tail -1)
    else n=$(grep -oE '[0-9]+' <<<"$match" | head -1); fi
    total=$((total + n))
  done < <(grep -hoE "$pattern" "$log" || true)
  echo "$total"
}

# Runs a test command, echoing its output, and adds its counts to the totals.
counted() {
  local name=$1; shift
  local log="$logs/$name.log" status=0
  "$@" 2>&1 | tee "$log" || status=$?
  local p f
  p=$(sum_of 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log")
  p=$((p + $(sum_of '^# pass [0-9]+' "$log")))
  f=$(sum_of 'test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed' "$log" last)
  f=$((f + $(sum_of '^# fail [0-9]+' "$log")))
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  echo "---- $name: $p passed, $f failed"
  return 0
}

# A check that is not a test suite still counts: one pass or one failure.
checked() {
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "---- $name: ok"
  else failed=$((failed + 1)); echo "---- $name: FAILED"; fi
}

if [ ! -d ../shared/corpus/policy ]; then
  echo "NOTICE: ../shared/corpus not found: tests that need the policy corpus will say SKIPPED"
fi

step "format";            checked fmt cargo fmt --all --check
step "clippy (host)";     checked clippy-host cargo clippy --workspace --all-targets --locked -- -D warnings
step "clippy (wasm32)";   checked clippy-wasm cargo clippy -p gazette-app -p gazette-core --all-targets \
                            --target wasm32-unknown-unknown --locked -- -D warnings
step "native tests";      counted native cargo test --workspace --locked -- --nocapture --test-threads=2
step "wasm tests (headless Chromium)"
                          counted wasm cargo test -p gazette-app --target wasm32-unknown-unknown --locked
step "release build (dist/ and dist/gazette-offline.html)"
                          checked trunk trunk build --release --offline --locked
step "bring-your-own-corpus build (tests/fixtures/byo -> target/byo-dist)"
                          checked byo env GAZETTE_CLI_PROFILE=dev scripts/build-viewer.sh tests/fixtures/byo \
                            --title "示例语料" --description "三篇虚构的公告：图片占位、原文链接与自带语料的构建。" \
                            --out target/byo-dist
step "build tools (post-build transforms)"
                          counted tools node --test tests/tools/
# The explore tests run on the app as researchers use it: the policy corpus embedded.
if [ -d ../shared/corpus/policy ]; then
  step "viewer for the policy corpus (for the explore tests)"
  checked policy-app bash -c 'cargo run -q -p gazette-cli --release --locked -- build ../shared/corpus/policy \
      -o target/e2e/policy.json --site target/e2e/policy-dist --app dist >/dev/null'
  export GAZETTE_POLICY_DIST="$PWD/target/e2e/policy-dist" GAZETTE_POLICY_CORPUS="$PWD/target/e2e/policy.json"
fi
step "viewer for the hostile corpus"
                          checked trunk-hostile scripts/build-hostile.sh
step "end-to-end tests (Playwright, headless Chromium)"
                          counted e2e node --test tests/e2e/
step "end-to-end tests on the policy corpus (related documents, repost clusters, comparison)"
if [ -n "${GAZETTE_POLICY_DIST:-}" ]; then
  counted e2e-policy env GAZETTE_CORPUS="$GAZETTE_POLICY_CORPUS" GAZETTE_DIST="$GAZETTE_POLICY_DIST" \
                            node --test tests/e2e/related.test.mjs
else
  echo "SKIPPED: end-to-end tests on the policy corpus (../shared/corpus/policy not found)" | tee "$logs/e2e-policy.log"
fi

grep -h 'SKIPPED' "$logs"/*.log | sort -u || true
rm -rf "$logs"
echo
echo "all suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
