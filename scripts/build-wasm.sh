#!/usr/bin/env bash
# Builds the engine to WebAssembly with the settings of wasm-pack.toml (the only place they live):
# cargo (size profile) → wasm-bindgen per target → wasm-opt → the page's copy in www/pkg/.
#
#   scripts/build-wasm.sh            # build
#   scripts/build-wasm.sh --dry-run  # print the commands it would run, run nothing
#   scripts/build-wasm.sh --config FILE   # another settings file (the tests use it)
#
# Needs: the wasm32-unknown-unknown target, wasm-bindgen at Cargo.lock's version and npm's
# binaryen (scripts/setup.sh installs all three).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in *":$cargo_bin:"*) ;; *) export PATH="$cargo_bin:$PATH" ;; esac

dry_run=false
config=wasm-pack.toml
while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run) dry_run=true ;;
    --config) config=${2:?--config needs a file}; shift ;;
    *) echo "usage: $0 [--dry-run] [--config wasm-pack.toml]" >&2; exit 2 ;;
  esac
  shift
done

# wasm-pack.toml → shell arrays. Unknown or missing keys stop the build: a setting that is
# silently ignored would make the file lie.
plan=$(python3 - "$config" <<'PY'
import shlex, sys, tomllib

path = sys.argv[1]
with open(path, "rb") as f:
    cfg = tomllib.load(f)

def fail(msg):
    sys.exit(f"{path}: {msg}")

def table(name, keys, data=None):
    data = cfg.get(name) if data is None else data
    if not isinstance(data, dict):
        fail(f"[{name}] missing")
    unknown = set(data) - set(keys)
    missing = set(keys) - set(data)
    if unknown and name != "profile":
        fail(f"[{name}] unknown keys: {sorted(unknown)}")
    if missing:
        fail(f"[{name}] missing keys: {sorted(missing)}")
    return data

known = {"crate", "profile", "rustc", "wasm-opt", "bindgen", "www"}
if set(cfg) - known:
    fail(f"unknown tables: {sorted(set(cfg) - known)}")

crate = table("crate", ["name", "target"])
# Cargo's profile settings; a misspelt key would otherwise reach cargo and be ignored there.
profile_keys = ["name", "inherits", "opt-level", "debug", "split-debuginfo", "strip", "debug-assertions",
                "overflow-checks", "lto", "panic", "incremental", "codegen-units", "rpath"]
def check_profile_keys(where, keys):
    bad = set(keys) - set(profile_keys)
    if bad:
        fail(f"{where} not cargo profile settings: {sorted(bad)}")
profile = table("profile", ["name", "inherits"])
check_profile_keys("[profile]", profile)
profile = dict(profile)
profile_name = profile.pop("name")
def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    fail(f"[profile] unsupported value {v!r}")
def cargo_config(settings):
    words = []
    for key, value in settings.items():
        words += ["--config", f"profile.{profile_name}.{key}={toml_value(value)}"]
    return words

opt = table("wasm-opt", ["flags"])
bindgen = cfg.get("bindgen")
if not isinstance(bindgen, list) or not bindgen:
    fail("[[bindgen]] missing")
optional = ["features", "profile", "wasm-opt", "rustc-flags"]
for b in bindgen:
    # Optional keys: `features`, cargo features of that target's module (a list of names);
    # `profile`, cargo profile settings that override [profile] for this build alone;
    # `wasm-opt`, flags that replace [wasm-opt] flags for this build alone.
    table("bindgen", ["target", "out-dir"], {k: v for k, v in b.items() if k not in optional})
    feats = b.get("features", [])
    if not isinstance(feats, list) or not all(isinstance(f, str) and f.replace("-", "").replace("_", "").isalnum() for f in feats):
        fail(f"[[bindgen]] features of {b['target']!r} must be a list of cargo feature names")
    own = b.get("profile", {})
    if not isinstance(own, dict):
        fail(f"[[bindgen]] profile of {b['target']!r} must be a table of cargo profile settings")
    check_profile_keys(f"[[bindgen]] profile of {b['target']!r}:", own)
    if {"name", "inherits"} & set(own):
        fail(f"[[bindgen]] profile of {b['target']!r}: name and inherits belong to [profile]")
    flags = b.get("wasm-opt", opt["flags"])
    if not isinstance(flags, list) or not flags or not all(isinstance(f, str) for f in flags):
        fail(f"[[bindgen]] wasm-opt of {b['target']!r} must be a non-empty list of flags")
www = table("www", ["from", "out-dir"])
if www["from"] not in [b["out-dir"] for b in bindgen]:
    fail(f"[www] from = {www['from']!r} is not the out-dir of a [[bindgen]]")

def arr(name, values):
    print(f"{name}=(" + " ".join(shlex.quote(str(v)) for v in values) + ")")
def var(name, value):
    print(f"{name}={shlex.quote(str(value))}")
var("crate_name", crate["name"])
var("cargo_target", crate["target"])
var("profile_name", profile_name)
# One cargo build per distinct (features, profile): its key names the module copied aside.
def build_key(b):
    own = b.get("profile", {})
    key = "features-" + ("-".join(b.get("features", [])) or "default")
    for k in sorted(own):
        key += f".{k}-{own[k]}".replace('"', "")
    for f in b.get("rustc-flags", []):
        key += "." + "".join(c for c in f if c.isalnum())
    return key
# [rustc]: flags for every wasm build, as cargo's target rustflags (one setting for all builds,
# so switching builds does not rebuild the dependencies); unstable ones need RUSTC_BOOTSTRAP.
rustc = table("rustc", ["unstable-flags"])
flags = rustc["unstable-flags"]
if not isinstance(flags, list) or not all(isinstance(f, str) and f.startswith("-Z") for f in flags):
    fail("[rustc] unstable-flags must be a list of -Z flags")
# A [[bindgen]] may add stable `-C` flags of its own (`rustc-flags`) after those.
def rustflags(b):
    own = b.get("rustc-flags", [])
    if not isinstance(own, list) or not all(isinstance(f, str) and f.startswith("-C") for f in own):
        fail(f"[[bindgen]] rustc-flags of {b['target']!r} must be a list of -C flags")
    every = flags + own
    return ["--config", f"target.{crate['target']}.rustflags=[{', '.join(toml_value(f) for f in every)}]"] if every else []
var("rustc_bootstrap", "1" if flags else "")
def build_config(b):
    return " ".join(shlex.quote(w) for w in cargo_config({**profile, **b.get("profile", {})}) + rustflags(b))
arr("bindgen_targets", [b["target"] for b in bindgen])
arr("bindgen_dirs", [b["out-dir"] for b in bindgen])
arr("bindgen_features", [",".join(b.get("features", [])) for b in bindgen])
arr("bindgen_builds", [build_key(b) for b in bindgen])
arr("bindgen_cargo_config", [build_config(b) for b in bindgen])
arr("bindgen_wasm_opt", [" ".join(shlex.quote(f) for f in b.get("wasm-opt", opt["flags"])) for b in bindgen])
var("www_from", www["from"])
var("www_dir", www["out-dir"])
PY
)
eval "$plan"

run() {
  echo "+ $*"
  $dry_run || "$@"
}

target_dir=$(cargo metadata --format-version 1 --no-deps \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
wasm_in="$target_dir/$cargo_target/$profile_name/${crate_name//-/_}.wasm"

if ! $dry_run; then
  want=$(python3 -c 'import sys, tomllib
lock = tomllib.load(open("Cargo.lock", "rb"))
print(next(p["version"] for p in lock["package"] if p["name"] == "wasm-bindgen"))')
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    echo "build-wasm: wasm-bindgen ${have:-not found}, Cargo.lock wants $want (run scripts/setup.sh)" >&2
    exit 1
  fi
  [ -x node_modules/.bin/wasm-opt ] || { echo "build-wasm: node_modules/.bin/wasm-opt missing (run scripts/setup.sh)" >&2; exit 1; }
fi

# One cargo build per distinct feature list and profile. Cargo writes every build to the same
# path, so each module is copied aside under the name of its build before the next build.
declare -A module_of=()
for i in "${!bindgen_builds[@]}"; do
  build=${bindgen_builds[$i]}
  features=${bindgen_features[$i]}
  [ -n "${module_of[$build]:-}" ] && continue
  module="${wasm_in%.wasm}.$build.wasm"
  eval "cargo_config=(${bindgen_cargo_config[$i]})"
  run env RUSTC_BOOTSTRAP="$rustc_bootstrap" cargo build --lib --target "$cargo_target" --profile "$profile_name" "${cargo_config[@]}" ${features:+--features "$features"}
  $dry_run || [ -f "$wasm_in" ] || { echo "build-wasm: cargo did not produce $wasm_in" >&2; exit 1; }
  run cp "$wasm_in" "$module"
  module_of[$build]=$module
done

# wasm-bindgen and wasm-opt take ~25 s; skip them when their inputs have not changed since the
# outputs were written (same module, settings and tool versions, outputs all present).
stamp="$target_dir/$cargo_target/$profile_name/$crate_name.bindgen-stamp"
if ! $dry_run; then
  inputs=$( { sha256sum "${module_of[@]}" "$config" scripts/build-wasm.sh; wasm-bindgen --version
              node -p 'require("./node_modules/binaryen/package.json").version'; } | sha256sum)
  outputs_present=true
  for dir in "${bindgen_dirs[@]}" "$www_dir"; do
    [ -f "$dir/${crate_name}_bg.wasm" ] || outputs_present=false
  done
  if $outputs_present && [ "$(cat "$stamp" 2>/dev/null)" = "$inputs" ]; then
    echo "build-wasm: ${bindgen_dirs[*]} and $www_dir up to date"
    exit 0
  fi
  rm -f "$stamp"
fi

# wasm-opt takes ~10 s a run; targets whose wasm-bindgen output and flags are identical share one run.
declare -A optimised=()
for i in "${!bindgen_targets[@]}"; do
  dir=${bindgen_dirs[$i]}
  bg="$dir/${crate_name}_bg.wasm"
  eval "wasm_opt_flags=(${bindgen_wasm_opt[$i]})"
  run rm -rf "$dir"
  run wasm-bindgen --target "${bindgen_targets[$i]}" --out-dir "$dir" --out-name "$crate_name" "${module_of[${bindgen_builds[$i]}]}"
  sum=$($dry_run || sha256sum "$bg" | cut -d' ' -f1)
  [ -z "$sum" ] || sum="$sum ${bindgen_wasm_opt[$i]}"
  if [ -n "$sum" ] && [ -n "${optimised[$sum]:-}" ]; then
    run cp "${optimised[$sum]}" "$bg"
  else
    run node_modules/.bin/wasm-opt "${wasm_opt_flags[@]}" "$bg" -o "$bg"
    [ -z "$sum" ] || optimised[$sum]=$bg
  fi
done

run rm -rf "$www_dir"
run mkdir -p "$www_dir"
run cp -R "$www_from/." "$www_dir/"

if ! $dry_run; then
  echo "$inputs" > "$stamp"
  wasm="$www_dir/${crate_name}_bg.wasm"
  echo "build-wasm: $wasm $(wc -c < "$wasm") bytes, $(gzip -9c "$wasm" | wc -c) gzip"
fi
