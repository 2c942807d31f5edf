#!/usr/bin/env python3
"""Attribute accuracies and error counts of a system's attributions against gold JSONL.

    python3 scripts/score_attributes.py GOLD.jsonl SYSTEM.jsonl [--top 25] [--examples N] [--cue LEMMA]

Pairs are matched exactly as scripts/score.py matches them for "(b) content overlap": token
Jaccard of the content spans >= 0.5, one-to-one, greedy by decreasing similarity. On those pairs:

* source_entity accuracy (gold string equals system string, null == null), when gold has the key;
* kind accuracy (direct / indirect / mixed), when gold has the key;
* unverified precision / recall over matched pairs, when gold has the key;

then false negatives (gold attributions left unmatched) and false positives (system attributions
left unmatched), grouped by cue lemma (the gold cue for false negatives, the system cue for false
positives) and by kind (gold kind, or computed from the quotation marks when gold has none).
--examples N prints N unmatched attributions of each side with their text, for error study.
"""

import argparse
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402  (the shared scorer: same reading, tokens and matching)

IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write", "thought": "think",
    "felt": "feel", "knew": "know", "known": "know", "found": "find", "heard": "hear", "spoke": "speak",
    "swore": "swear", "sworn": "swear", "saw": "see", "seen": "see", "learnt": "learn", "understood": "understand",
    "according": "according to",
}
# Auxiliaries, negation and adverbs before the reporting word: "has also said" → say.
SKIP = {"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does",
        "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "never",
        "n't", "also", "then", "later", "again", "still", "just", "even", "already", "once", "to", "'s"}
QUOTES_OPEN = "“„«‘\""
QUOTES = set("\"“”„«»‘’‹›")


def lemma(text):
    """A rough lemma of a cue's first word: enough to group errors, not a morphology."""
    words = [w for w in text.lower().replace("’", "'").split() if w not in SKIP and not w.endswith("ly")] or text.lower().split()
    if not words:
        return "(none)"
    w = words[0].strip(".,:;\"'“”")
    if not w:
        return text.strip() or "(none)"
    if w in IRREGULAR:
        return IRREGULAR[w]
    for suf, rep in (("ies", "y"), ("ied", "y")):
        if w.endswith(suf) and len(w) > 4:
            return w[: -len(suf)] + rep
    for suf in ("ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            stem = w[: -len(suf)]
            if suf in ("ing", "ed") and len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in "tpgnrbm":
                stem = stem[:-1]
            elif suf in ("ing", "ed") and stem.endswith(("at", "iv", "ot", "ur", "ac", "uc", "nc", "rg", "ir", "iz",
                                                          "is", "ib", "nu", "os", "us", "ut", "ud", "id", "ar", "ov",
                                                          "ud", "lv", "rv", "dg", "ng", "ik", "ok", "ag")) and not stem.endswith(("ng",)):
                stem += "e"
            if suf == "es" and not stem.endswith(("sh", "ch", "ss", "x", "z", "o")):
                stem = w[:-1]
            return stem
    return w


def kind_of(text, spans):
    """kind from the quotation marks opening inside the content (GUIDELINES section 5)."""
    total = quoted = 0
    for n, (s, e) in enumerate(sorted(spans)):
        seg = text[s:e]
        if n == 0 and seg[:5].lower() == "that ":
            seg = seg[5:]
        depth_open = None
        inside = False
        single = False
        for ch in seg:
            if ch in "\"“”„«»":
                if ch in "“„«" or (ch == '"' and not inside):
                    inside = True
                else:
                    inside = False
                continue
            if ch == "‘":
                single = True
                continue
            if ch == "’" and single:
                single = False
                continue
            if ch.isalnum():
                total += 1
                quoted += inside or single
        del depth_open
    if quoted == 0:
        return "indirect"
    return "direct" if quoted >= total else "mixed"


def match(gold, system):
    """(gold doc, gold attribution, system attribution) pairs and the unmatched of each side."""
    pairs, fn, fp = [], [], []
    for doc_id, g in gold.items():
        idx = score.DocIndex(g["text"])
        g_atts = g["raw"]
        s_atts = system.get(doc_id, {}).get("raw", [])
        gt = [idx.tokens(a["content"]) for a in g_atts]
        st = [idx.tokens(a["content"]) for a in s_atts]
        cands = []
        for j, a in enumerate(gt):
            for i, b in enumerate(st):
                sim = score.similarity(a, b, "jaccard")
                if sim >= 0.5:
                    cands.append((-sim, j, i))
        cands.sort()
        used_g, used_s = set(), set()
        for _, j, i in cands:
            if j in used_g or i in used_s:
                continue
            used_g.add(j)
            used_s.add(i)
            pairs.append((g["text"], g_atts[j], s_atts[i]))
        fn += [(g["text"], g_atts[j]) for j in range(len(g_atts)) if j not in used_g]
        fp += [(g["text"], s_atts[i]) for i in range(len(s_atts)) if i not in used_s]
    return pairs, fn, fp


def read(path, gold_docs=None):
    import json
    docs = score.read_jsonl(path, gold_docs is None, gold_docs)
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            docs[d["id"]]["raw"] = d["attributions"]
    return docs


def cue_text(text, att):
    return " ".join(text[s:e] for s, e in att["cue"])


def kind_key(text, att):
    return att.get("kind") or kind_of(text, att["content"])


def show(text, att):
    f = lambda spans: " || ".join(text[s:e] for s, e in spans).replace("\n", " ")
    return f"  S[{f(att['source'])}] C[{f(att['cue'])}] T[{f(att['content'])[:160]}]"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("system")
    ap.add_argument("--top", type=int, default=25, help="cue lemmas to list (by total errors)")
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--cue", help="only examples whose cue lemma is this")
    args = ap.parse_args(argv)
    try:
        gold = read(args.gold)
        system = read(args.system, gold)
    except score.InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    pairs, fn, fp = match(gold, system)
    print(f"ATTRIBUTES on {len(pairs)} content-overlap matched pairs")
    has = lambda key: any(key in g for _, g, _ in pairs)
    if has("source_entity"):
        ok = sum(g.get("source_entity") == s.get("source_entity") for _, g, s in pairs)
        print(f"  source_entity accuracy  {ok / len(pairs):.4f}  ({ok}/{len(pairs)})")
    if has("kind"):
        ok = sum(g.get("kind") == s.get("kind") for _, g, s in pairs)
        print(f"  kind accuracy           {ok / len(pairs):.4f}  ({ok}/{len(pairs)})")
    if has("unverified"):
        tp = sum(bool(g.get("unverified")) and bool(s.get("unverified")) for _, g, s in pairs)
        ns = sum(bool(s.get("unverified")) for _, g, s in pairs)
        ng = sum(bool(g.get("unverified")) for _, g, s in pairs)
        p = tp / ns if ns else 0.0
        r = tp / ng if ng else 0.0
        print(f"  unverified precision    {p:.4f}  recall {r:.4f}  (tp {tp}, system {ns}, gold {ng})")
    if not pairs:
        print("  (no matched pairs)")

    by_cue = {}
    for text, g, s in pairs:
        by_cue.setdefault(lemma(cue_text(text, g)), Counter())["matched"] += 1
    for text, g in fn:
        by_cue.setdefault(lemma(cue_text(text, g)), Counter())["fn"] += 1
    for text, s in fp:
        by_cue.setdefault(lemma(cue_text(text, s)), Counter())["fp"] += 1
    print(f"\nERRORS BY CUE LEMMA (gold cue for false negatives, system cue for false positives; top {args.top})")
    print(f"  {'lemma':<22}{'fn':>6}{'fp':>6}{'matched':>9}")
    order = sorted(by_cue.items(), key=lambda kv: -(kv[1]["fn"] + kv[1]["fp"]))
    for lem, c in order[: args.top]:
        print(f"  {lem:<22}{c['fn']:>6}{c['fp']:>6}{c['matched']:>9}")
    rest = order[args.top:]
    if rest:
        print(f"  {'(other ' + str(len(rest)) + ')':<22}{sum(c['fn'] for _, c in rest):>6}"
              f"{sum(c['fp'] for _, c in rest):>6}{sum(c['matched'] for _, c in rest):>9}")

    by_kind = {}
    for text, g, s in pairs:
        by_kind.setdefault(kind_key(text, g), Counter())["matched"] += 1
    for text, g in fn:
        by_kind.setdefault(kind_key(text, g), Counter())["fn"] += 1
    for text, s in fp:
        by_kind.setdefault(kind_key(text, s), Counter())["fp"] += 1
    print("\nERRORS BY KIND (gold kind for false negatives, system kind for false positives)")
    print(f"  {'kind':<22}{'fn':>6}{'fp':>6}{'matched':>9}")
    for k, c in sorted(by_kind.items()):
        print(f"  {k:<22}{c['fn']:>6}{c['fp']:>6}{c['matched']:>9}")

    if args.examples:
        keep = lambda text, a: args.cue is None or lemma(cue_text(text, a)) == args.cue
        print("\nFALSE NEGATIVES")
        for text, g in [x for x in fn if keep(*x)][: args.examples]:
            print(show(text, g))
        print("\nFALSE POSITIVES")
        for text, s in [x for x in fp if keep(*x)][: args.examples]:
            print(show(text, s))
    return 0


if __name__ == "__main__":
    sys.exit(main())
