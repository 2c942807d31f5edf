#!/usr/bin/env bash
# The test command: sets up whatever is missing, builds, and runs every test suite.
#
#   bash scripts/test.sh
#
# Stages: setup (incl. Chromium) → native tests (cargo test) → wasm build + npm package +
# the page's copy → wasm API tests in Node and in headless Chromium → the packed npm package
# → TypeScript consumers (tsc) → the page's browser tests (every test file under tests/e2e/).
# Each stage's output streams as it runs; the summary repeats each runner's closing lines.
# Exit status is non-zero when any stage fails.
set -uo pipefail
cd "$(dirname "$0")/.."
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in *":$cargo_bin:"*) ;; *) export PATH="$cargo_bin:$PATH" ;; esac

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
started=$SECONDS
summary=()
failed=0

# stage NAME COMMAND...: runs a stage, records ok/FAIL, its time and its closing lines.
stage() {
  local name=$1; shift
  local log="$logs/${#summary[@]}.log" t0=$SECONDS rc
  echo
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  local status=ok
  [ "$rc" = 0 ] || { status=FAIL; failed=1; }
  # Closing lines: cargo's "test result:" per test binary (named), node --test's totals.
  local closing
  closing=$(awk '
    /^ +(Running|Doc-tests) / { sub(/^ +/, ""); sub(/ \(.*\)$/, ""); name = $0; next }
    /^test result:/ { print name ": " $0; next }
    /^ℹ (tests|pass|fail|skipped|todo|cancelled) |^build-(wasm|pkg): |^setup: / { print }
  ' "$log" | sed 's/^/        /')
  summary+=("$(printf '%-5s %-38s %4ss' "$status" "$name" $((SECONDS - t0)))${closing:+$'\n'$closing}")
  return "$rc"
}

skip() { summary+=("$(printf '%-5s %-38s %s' SKIP "$1" "($2)")"); failed=1; }

finish() {
  echo
  echo "=== summary ($((SECONDS - started))s)"
  printf '%s\n' "${summary[@]}"
  if [ "$failed" = 0 ]; then echo "ALL TESTS PASSED"; else echo "TESTS FAILED"; fi
  exit "$failed"
}

node_test() { node --test --test-reporter=spec "$@"; }

stage "setup" bash scripts/setup.sh --browser || finish

stage "native tests (cargo test)" cargo test --no-fail-fast

built=true
stage "wasm build (wasm-pack.toml)" bash scripts/build-wasm.sh || built=false
$built && { stage "npm package (pkg/)" node scripts/build-pkg.mjs || built=false; }

wasm_tests=(cargo test --target wasm32-unknown-unknown --test wasm_api)
if $built; then
  stage "wasm API tests in Node" "${wasm_tests[@]}"
  stage "wasm API tests in Chromium" env WASM_BINDGEN_USE_BROWSER=1 "${wasm_tests[@]}"
  stage "npm package tests (tests/npm)" node_test tests/npm/
  stage "TypeScript types (tests/types)" node_test tests/types/
  if [ -d tests/e2e ]; then
    stage "browser tests (tests/e2e)" node_test tests/e2e/
  else
    echo
    echo "=== browser tests: tests/e2e/ does not exist yet, nothing to run"
    summary+=("$(printf '%-5s %-38s %s' none "browser tests (tests/e2e)" "(no tests/e2e/ folder yet)")")
  fi
else
  for s in "wasm API tests in Node" "wasm API tests in Chromium" "npm package tests" "TypeScript types" "browser tests"; do
    skip "$s" "the build failed"
  done
fi

finish
