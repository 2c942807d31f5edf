#!/usr/bin/env bash
# The run command: sets up whatever is missing, builds the engine to WebAssembly (and the npm
# package in pkg/), then serves the page in www/ on 127.0.0.1.
#
#   bash scripts/run.sh              # http://127.0.0.1:8080
#   PORT=9000 bash scripts/run.sh    # or: bash scripts/run.sh 9000
set -euo pipefail
cd "$(dirname "$0")/.."
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in *":$cargo_bin:"*) ;; *) export PATH="$cargo_bin:$PATH" ;; esac

port=${1:-${PORT:-8080}}
case "$port" in
  ''|*[!0-9]*) echo "usage: $0 [PORT]   (PORT must be a number)" >&2; exit 2 ;;
esac

bash scripts/setup.sh
bash scripts/build-wasm.sh
node scripts/build-pkg.mjs

if [ ! -f www/index.html ]; then
  echo "run: www/index.html is missing: nothing to serve" >&2
  exit 1
fi
echo
echo "Sourcemark: http://127.0.0.1:$port/   (Ctrl-C to stop; the text never leaves this machine)"
# python3's server sends .wasm as application/wasm, which streaming compilation needs.
exec python3 -m http.server --bind 127.0.0.1 --directory www "$port"
