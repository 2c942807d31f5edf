#!/usr/bin/env bash
# Accuracy of the engine on gold JSONL files, printed by the shared scorer.
#
#   scripts/eval.sh                      # seeds gold (+ PolNeAR dev and UNER dev when ../shared is beside the repo)
#   scripts/eval.sh GOLD.jsonl [--labels PERSON,ORG,LOC]
#   scripts/eval.sh --outermost GOLD.jsonl ...   # engine keeps only outermost claims
#
# PolNeAR's converted gold holds only outermost attributions (no nested ones), so PolNeAR dev is
# scored both ways: with --outermost, the engine's option for one-level corpora, and with the
# default output, which nests claims as the guidelines (and the seeds gold) want.
# The engine runs through the native CLI (release build); the scores come from scripts/score.py,
# a copy of the evaluation's scorer, so the figures are the ones the evaluation reports.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin sourcemark
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

engine_flags=()
score() { # gold [score.py args...]; the engine runs with ${engine_flags[@]}
  local gold=$1; shift
  local name; name=$(basename "$gold" .jsonl)
  python3 -c 'import json,sys
for line in sys.stdin:
    d = json.loads(line); print(json.dumps({"id": d["id"], "text": d["text"]}))' < "$gold" \
    | target/release/sourcemark --jsonl "${engine_flags[@]}" > "$out/$name.jsonl"
  echo "=== $gold $* ${engine_flags[*]}"
  python3 scripts/score.py "$gold" "$out/$name.jsonl" "$@" | sed '$d'
  # Attribute accuracies and per-cue / per-kind errors, for gold that carries the attributes.
  if grep -q '"source_entity"' "$gold"; then
    echo
    python3 scripts/score_attributes.py "$gold" "$out/$name.jsonl"
  fi
  echo
}

if [ "${1:-}" = --outermost ]; then
  engine_flags=(--outermost)
  shift
fi
if [ $# -gt 0 ]; then
  score "$@"
  exit 0
fi
score tests/fixtures/seeds-gold.jsonl
shared=../shared/eval
if [ -f $shared/polnear/polnear-dev.jsonl ]; then
  engine_flags=(--outermost)
  score $shared/polnear/polnear-dev.jsonl --tasks attributions
  engine_flags=()
  score $shared/polnear/polnear-dev.jsonl --tasks attributions
fi
[ -f $shared/uner/uner-ewt-dev.jsonl ] && score $shared/uner/uner-ewt-dev.jsonl --labels PERSON,ORG,LOC
exit 0
