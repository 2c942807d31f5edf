#!/usr/bin/env bash
# Every speed and size figure, printed (nothing here is a pass/fail test):
#   Node: Sourcemark (wasm) against compromise + compromise-dates, chars/s and ratio, one process
#   native: criterion chars/s on one core (one thread), each stage's share, the scaling table (10 KB … 10 MB)
#   wasm in Node: the same scaling table
#   Chromium: chars/s and the time to annotate one ~1,000-word article
#   sizes: wasm raw/gzip, JS glue gzip, the whole page's transfer gzip
#
#   scripts/bench.sh [--no-build] [--rounds N]
#
# --no-build uses the package already in pkg/ instead of running scripts/build-wasm.sh and
# scripts/build-pkg.mjs (what ships: the figures are of the published build).
# The machine's load is printed first and after each part: figures from a busy machine are low;
# the Node ratio is the robust one (both engines take turns in one process).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in *":$cargo_bin:"*) ;; *) export PATH="$cargo_bin:$PATH" ;; esac

build=true
rounds=5
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=false ;;
    --rounds) rounds=${2:?--rounds needs a number}; shift ;;
    *) echo "usage: $0 [--no-build] [--rounds N]" >&2; exit 2 ;;
  esac
  shift
done

load() { echo "[load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime) on $(nproc) cores]"; }
section() { echo; echo "=== $*"; load; }

section "setup"
if $build; then
  bash scripts/build-wasm.sh >&2
  node scripts/build-pkg.mjs >&2
elif [ ! -f pkg/web/sourcemark_bg.wasm ]; then
  echo "bench: pkg/ is not built; run without --no-build (or scripts/build-wasm.sh)" >&2
  exit 1
fi
# The peer engine is a benchmark-only dependency with its own lockfile (bench/package.json).
[ -d bench/node_modules/compromise-dates ] || npm ci --prefix bench --no-audit --no-fund >&2
# Build the benchmarks before timing anything, so compiling does not share the cores with them.
cargo bench --no-run --bench annotate --bench scaling --bench stages >&2

section "Node: Sourcemark (wasm) vs compromise + compromise-dates"
node --expose-gc bench/node.mjs --rounds "$rounds"

section "native (criterion, one thread): chars/s over the same text"
# Criterion's throughput is in chars (code points), printed as elem/s; the middle figure is its estimate.
cargo bench --bench annotate 2>/dev/null \
  | awk '/^seeds x/ { name = $0; next }
         /thrpt:.*elem\/s/ { gsub(/[\[\]]/, ""); sub(/.*thrpt: +/, "");
                    printf "%-52s %s %s   (range %s %s .. %s %s)\n", name, $3, $4, $1, $2, $5, $6 }' \
  | sed 's/elem\/s/chars\/s/g'

section "native: where the time goes (each stage's share of a pass)"
cargo bench --bench stages 2>/dev/null | grep -v '^ *Running\|^$'

section "native scaling"
cargo bench --bench scaling 2>/dev/null | grep -v '^ *Running\|^$'

section "wasm in Node: scaling"
node --expose-gc bench/node.mjs --scaling

section "Chromium"
if [ -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  node bench/chromium.mjs
else
  echo "not measured: no Chromium at ${CHROMIUM:-/usr/bin/chromium} (scripts/setup.sh --browser installs it)"
fi

section "sizes"
node bench/size.mjs
