#!/usr/bin/env bash
# Writes the whole deployable site (page, styles, scripts, the engine's wasm, samples, service
# worker) into one folder, ready to upload to any static host, at its root or under any sub-path.
#
#   bash scripts/build-site.sh [OUT]             # build the engine, then write the site (default OUT: dist/site)
#   bash scripts/build-site.sh --no-build [OUT]  # use the engine already in www/pkg
#
# OUT must be missing, empty, or a site this script wrote before (it is then replaced).
# The service worker's cache is named after a hash of the files, so visitors of an updated site
# get the new files and the old offline copy is dropped.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in *":$cargo_bin:"*) ;; *) export PATH="$cargo_bin:$PATH" ;; esac

build=true
out=
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=false ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    -*) echo "usage: $0 [--no-build] [OUT]" >&2; exit 2 ;;
    *) [ -z "$out" ] || { echo "usage: $0 [--no-build] [OUT]" >&2; exit 2; }; out=$1 ;;
  esac
  shift
done
out=${out:-dist/site}

if $build; then
  bash scripts/build-wasm.sh
elif [ ! -f www/pkg/sourcemark_bg.wasm ] || [ ! -f www/pkg/sourcemark.js ]; then
  echo "build-site: www/pkg has no engine build; run without --no-build (or scripts/build-wasm.sh first)" >&2
  exit 1
fi

marker=.sourcemark-site
mkdir -p "$(dirname "$out")"
if [ -e "$out" ]; then
  if [ ! -d "$out" ]; then
    echo "build-site: $out exists and is not a folder" >&2; exit 1
  elif [ -n "$(ls -A "$out")" ] && [ ! -f "$out/$marker" ]; then
    echo "build-site: $out is not empty and was not written by this script; choose another folder" >&2; exit 1
  fi
fi
case "$(cd "$(dirname "$out")" 2>/dev/null && pwd)/$(basename "$out")/" in
  "$PWD/www/"*) echo "build-site: OUT must not be inside www/" >&2; exit 1 ;;
esac

# Written next to OUT then moved into place, so a failed build never leaves half a site.
tmp=$(mktemp -d "${out%/}.tmp.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/css" "$tmp/js" "$tmp/pkg" "$tmp/samples"
cp www/index.html www/favicon.svg www/sw.js "$tmp/"
cp www/css/app.css "$tmp/css/"
cp www/js/*.js "$tmp/js/"
cp www/pkg/sourcemark.js www/pkg/sourcemark_bg.wasm "$tmp/pkg/"
cp www/samples/*.txt www/samples/README.md "$tmp/samples/"
cp LICENSE "$tmp/LICENSE.txt"

# Stamp the service worker's cache version with a hash of every other file.
version=$(cd "$tmp" && find . -type f ! -name sw.js -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
grep -q "^const VERSION = 'dev';$" "$tmp/sw.js" || { echo "build-site: sw.js has no VERSION line to stamp" >&2; exit 1; }
sed -i "s/^const VERSION = 'dev';$/const VERSION = '$version';/" "$tmp/sw.js"
echo "written by scripts/build-site.sh; the folder may be replaced by the next build" > "$tmp/$marker"

rm -rf "$out"
mv "$tmp" "$out"
trap - EXIT
chmod 755 "$out"
files=$(find "$out" -type f ! -name "$marker" | wc -l)
size=$(du -sh "$out" | cut -f1)
echo "build-site: $out ($files files, $size, cache version $version): upload the folder's contents to any static host"
