#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already present.
#
#   scripts/setup.sh            # wasm32 target, wasm-bindgen CLI (Cargo.lock's version), npm packages
#   scripts/setup.sh --browser  # also Debian's chromium and chromium-driver (browser tests)
#
# Nothing here downloads binaries outside the package registries: the wasm-bindgen CLI is built
# from crates.io, wasm-opt comes from npm's binaryen, Chromium from Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

browser=false
case "${1:-}" in
  --browser) browser=true ;;
  "") ;;
  *) echo "usage: $0 [--browser]" >&2; exit 2 ;;
esac

say() { echo "setup: $*"; }
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in *":$cargo_bin:"*) ;; *) export PATH="$cargo_bin:$PATH" ;; esac

for tool in cargo rustup node npm python3; do
  command -v "$tool" >/dev/null || { echo "setup: $tool not found; install it first" >&2; exit 1; }
done

# Rust's WebAssembly target.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target present"
else
  rustup target add wasm32-unknown-unknown
fi

# The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock.
want=$(python3 -c 'import tomllib
lock = tomllib.load(open("Cargo.lock", "rb"))
print(next(p["version"] for p in lock["package"] if p["name"] == "wasm-bindgen"))')
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" = "$want" ] && command -v wasm-bindgen-test-runner >/dev/null; then
  say "wasm-bindgen $have present"
else
  say "installing wasm-bindgen-cli $want (was: ${have:-none}); about 5 minutes from source"
  # --locked can fail when a pinned dependency has been yanked from the registry.
  cargo install wasm-bindgen-cli --version "$want" --locked \
    || cargo install wasm-bindgen-cli --version "$want"
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    echo "setup: wasm-bindgen on PATH is ${have:-missing} after installing $want (is $cargo_bin first on PATH?)" >&2
    exit 1
  fi
fi

# npm dev packages (binaryen's wasm-opt, TypeScript, playwright-core, axe-core, vite, fast-check)
# at the lock's versions. `npm ci` refuses a lock without entries for every platform's optional
# binaries (rollup's and esbuild's), which a registry mirror may not carry; `npm install` then
# installs the same locked versions and leaves the lock as it is.
if [ -d node_modules ] && npm ls --all --silent >/dev/null 2>&1; then
  say "npm packages present"
else
  npm ci --no-audit --no-fund || {
    say "npm ci refused the lock; installing its versions with npm install"
    npm install --no-audit --no-fund --no-save
  }
fi

# Chromium and its WebDriver, for the wasm tests in a browser and the page's browser tests.
if $browser; then
  if [ -x /usr/bin/chromium ] && command -v chromedriver >/dev/null; then
    say "chromium and chromedriver present"
  else
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
  fi
fi
