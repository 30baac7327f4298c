#!/usr/bin/env bash
# Installs what Gazette needs on a fresh Debian machine, skipping what is present.
#   scripts/setup.sh run    toolchain to build and serve the app
#   scripts/setup.sh test   the same, plus Chromium, its driver, CJK fonts and nginx for browser tests,
#                           and Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver, Xvfb)
# Pinned versions (see docs/ARCHITECTURE.md, "Toolchain"): trunk 0.21.14, wasm-bindgen-cli 0.2.130,
# binaryen (wasm-opt) 132 and playwright-core from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

purpose=${1:-test}
TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
GECKODRIVER_VERSION=0.37.1
apt_updated=no

say() { printf '[setup] %s\n' "$*"; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  if [ ${#missing[@]} -eq 0 ]; then say "apt packages present: $*"; return; fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ $apt_updated = no ]; then $sudo apt-get update -qq; apt_updated=yes; fi
  say "installing apt packages: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

cargo_tool() { # name version crate [extra cargo install args]
  local bin=$1 version=$2 crate=$3; shift 3
  if command -v "$bin" >/dev/null && "$bin" --version 2>/dev/null | grep -q " $version"; then
    say "$bin $version present"
  else
    say "installing $crate $version (several minutes, once)"
    cargo install "$crate" --version "$version" "$@"
  fi
}

command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup first (https://rustup.rs)" >&2; exit 1; }
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rust target wasm32-unknown-unknown present"
else
  rustup target add wasm32-unknown-unknown
fi

command -v npm >/dev/null || apt_install nodejs npm
[ "$purpose" = test ] && apt_install chromium chromium-driver fonts-noto-cjk nginx
# The other two engines (tests/e2e/browsers.test.mjs): when they cannot be installed,
# their tests say SKIPPED and why; they never pass without running.
if [ "$purpose" = test ]; then
  apt_install firefox-esr webkit2gtk-driver xvfb \
    || say "WARNING: could not install firefox-esr webkit2gtk-driver xvfb: their end-to-end tests will say SKIPPED"
fi

# trunk 0.22 needs a newer rustc; wasm-bindgen-cli must equal the wasm-bindgen crate
# (and resolves only without --locked on this registry).
cargo_tool trunk "$TRUNK_VERSION" trunk --locked
cargo_tool wasm-bindgen "$WASM_BINDGEN_VERSION" wasm-bindgen-cli
if [ "$purpose" = test ]; then
  cargo_tool geckodriver "$GECKODRIVER_VERSION" geckodriver --locked \
    || say "WARNING: could not install geckodriver $GECKODRIVER_VERSION: the Firefox tests will say SKIPPED"
fi

if [ -x node_modules/.bin/wasm-opt ] && [ -f node_modules/.package-lock.json ] \
   && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm packages present"
else
  say "installing npm packages (binaryen for wasm-opt, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi
cargo fetch --locked >/dev/null 2>&1 || cargo fetch --locked
say "ready for: $purpose"
