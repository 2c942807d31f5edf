#!/usr/bin/env bash
# Accuracy of the engine on gold JSONL files, printed by the shared scorer.
#
#   scripts/eval.sh                      # seeds gold (+ PolNeAR dev and UNER dev when ../shared is beside the repo)
#   scripts/eval.sh GOLD.jsonl [--labels PERSON,ORG,LOC]
#
# The engine runs through the native CLI (release build); the scores come from scripts/score.py,
# a copy of the evaluation's scorer, so the figures are the ones the evaluation reports.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin sourcemark
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

score() { # gold [score.py args...]
  local gold=$1; shift
  local name; name=$(basename "$gold" .jsonl)
  python3 -c 'import json,sys
for line in sys.stdin:
    d = json.loads(line); print(json.dumps({"id": d["id"], "text": d["text"]}))' < "$gold" \
    | target/release/sourcemark --jsonl > "$out/$name.jsonl"
  echo "=== $gold $*"
  python3 scripts/score.py "$gold" "$out/$name.jsonl" "$@" | sed '$d'
  # Attribute accuracies and per-cue / per-kind errors, for gold that carries the attributes.
  if grep -q '"source_entity"' "$gold"; then
    echo
    python3 scripts/score_attributes.py "$gold" "$out/$name.jsonl"
  fi
  echo
}

if [ $# -gt 0 ]; then
  score "$@"
  exit 0
fi
score tests/fixtures/seeds-gold.jsonl
shared=../shared/eval
[ -f $shared/polnear/polnear-dev.jsonl ] && score $shared/polnear/polnear-dev.jsonl --tasks attributions
[ -f $shared/uner/uner-ewt-dev.jsonl ] && score $shared/uner/uner-ewt-dev.jsonl --labels PERSON,ORG,LOC
exit 0
