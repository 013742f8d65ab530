#!/usr/bin/env python3
"""Score kutip's fidelity flags against reviewed flags, stdlib only.

Every pair folder under DEV that holds a `fidelity.csv` (columns
id_quote,en_quote,flags,evidence: the flags a bilingual reviewer gives each
gold row with an English source; empty flags = faithful) is aligned with
`kutip align --format jsonl`. kutip's rows claim reviewed rows as
../shared/eval/score.py does (id_quote token F1 >= 0.5, best first, one to
one); the rows kutip `matched` are scored, flag by flag:

  precision = flags kutip raised that the reviewer gives / flags kutip raised
  recall    = reviewer's flags that kutip raised / reviewer's flags
  MCC       = Matthews correlation over the matched rows (the measure of the
              WMT critical-error-detection task)

"overall" pools every (row, flag) decision. Figures are printed overall, per
pair and for two fixed halves of the pairs (alternate folders in name order:
A = 1st, 3rd, ...; B = 2nd, 4th, ...), so that a change tuned on one half can
be checked on the other.

kutip runs with `--flags all`; a flag counts as raised when its
`evidence[].confidence` is at least --min-confidence (default 0.5, the flags
kutip lists by default). A last table gives the precision of the flags at
each confidence level.

usage: scripts/fidelity_eval.py [--kutip BIN] [--dev DIR] [--min-confidence X]
                                [--pairs GLOB] [--rows] [--json]
"""
import argparse
import csv
import fnmatch
import json
import math
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter

KINDS = [
    "number_mismatch", "entity_mismatch", "negation_mismatch", "speaker_mismatch",
    "modality_shift", "cue_shift", "omission", "addition", "direct_indirect", "untranslated",
]


def toks(s):
    return re.findall(r"\w+", unicodedata.normalize("NFKC", s or "").lower())


def f1(a, b):
    a, b = toks(a), toks(b)
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    if common == 0:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def split_flags(cell):
    return {f.strip() for f in (cell or "").split(";") if f.strip()}


def run_kutip(kutip, d, name):
    cmd = [kutip, "align", "--format", "jsonl", "--flags", "all", "--id", os.path.join(d, "id.txt"),
           "--en", os.path.join(d, "en.txt"), "--pair", name]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def claim(gold, pred):
    """Reviewed row index -> kutip row index, as score.py pairs them."""
    cand = sorted(((f1(p.get("id_quote", ""), g["id_quote"]), i, j)
                   for i, g in enumerate(gold) for j, p in enumerate(pred)
                   if p.get("id_quote")), reverse=True)
    used_g, used_p, out = set(), set(), {}
    for s, i, j in cand:
        if s < 0.5:
            break
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out[i] = j
    return out


def score_pair(d, name, args):
    with open(os.path.join(d, "fidelity.csv"), newline="", encoding="utf-8") as fh:
        gold = list(csv.DictReader(fh))
    pred = run_kutip(args.kutip, d, name)
    pairs = claim(gold, pred)
    rows = []
    for i, g in enumerate(gold):
        j = pairs.get(i)
        p = pred[j] if j is not None else None
        rows.append({
            "pair": name,
            "id_quote": g["id_quote"],
            "gold_en": g["en_quote"],
            "gold": split_flags(g["flags"]),
            "gold_evidence": g.get("evidence", ""),
            "matched": bool(p and p["status"] == "matched"),
            "en_right": bool(p and p["status"] == "matched" and f1(p["en_quote"], g["en_quote"]) >= 0.5),
            "pred": {e["name"] for e in p["evidence"] if e["confidence"] >= args.min_confidence} if p else set(),
            "levels": {e["name"]: max(x["confidence"] for x in p["evidence"] if x["name"] == e["name"])
                       for e in p["evidence"]} if p else {},
            "pred_evidence": p.get("evidence", []) if p else [],
            "en_quote": p["en_quote"] if p else "",
            "kutip_id_quote": p["id_quote"] if p else "",
        })
    return rows


def counts(rows, kinds):
    """Per kind: [tp, fp, fn, tn] over the matched rows."""
    c = {k: [0, 0, 0, 0] for k in kinds}
    for r in rows:
        if not r["matched"]:
            continue
        for k in kinds:
            g, p = k in r["gold"], k in r["pred"]
            c[k][0 if g and p else 1 if p else 2 if g else 3] += 1
    return c


def figures(tp, fp, fn, tn):
    prec = tp / (tp + fp) if tp + fp else None
    rec = tp / (tp + fn) if tp + fn else None
    den = math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    mcc = (tp * tn - fp * fn) / den if den else None
    return prec, rec, mcc


def fmt(x):
    return "   -" if x is None else f"{x:.2f}"


def table(title, rows, kinds, out):
    c = counts(rows, kinds)
    matched = sum(r["matched"] for r in rows)
    right = sum(r["en_right"] for r in rows)
    pooled = [sum(v[i] for v in c.values()) for i in range(4)]
    p, r, m = figures(*pooled)
    out.append(f"{title}: {len(rows)} reviewed rows, {matched} matched ({right} with the reviewed English)")
    out.append(f"  {'flag':<18} {'gold':>4} {'kutip':>5} {'tp':>3} {'fp':>3} {'fn':>3}  {'P':>5} {'R':>5} {'MCC':>5}")
    for k in kinds:
        tp, fp, fn, tn = c[k]
        if tp + fp + fn == 0:
            continue
        pk, rk, mk = figures(tp, fp, fn, tn)
        out.append(f"  {k:<18} {tp + fn:>4} {tp + fp:>5} {tp:>3} {fp:>3} {fn:>3}  {fmt(pk):>5} {fmt(rk):>5} {fmt(mk):>5}")
    tp, fp, fn, _ = pooled
    out.append(f"  {'overall':<18} {tp + fn:>4} {tp + fp:>5} {tp:>3} {fp:>3} {fn:>3}  {fmt(p):>5} {fmt(r):>5} {fmt(m):>5}")
    return {"rows": len(rows), "matched": matched, "en_right": right,
            "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "mcc": m,
            "by_flag": {k: dict(zip(("tp", "fp", "fn", "tn"), v)) for k, v in c.items() if sum(v[:3])}}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kutip", default="target/release/kutip")
    ap.add_argument("--dev", default="../shared/dev")
    ap.add_argument("--min-confidence", type=float, default=0.5,
                    help="least confidence of a flag counted as raised (default 0.5, kutip's default listing)")
    ap.add_argument("--pairs", default="*", help="only folders whose name matches this glob")
    ap.add_argument("--rows", action="store_true", help="print every matched row where kutip and the reviewer differ")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON line too")
    args = ap.parse_args()

    names = sorted(n for n in os.listdir(args.dev)
                   if os.path.isfile(os.path.join(args.dev, n, "fidelity.csv"))
                   and fnmatch.fnmatch(n, args.pairs))
    if not names:
        sys.exit(f"no pair folder with fidelity.csv under {args.dev}")
    by_pair = {n: score_pair(os.path.join(args.dev, n), n, args) for n in names}
    every = [r for n in names for r in by_pair[n]]
    kinds = KINDS + sorted({k for r in every for k in r["gold"] | r["pred"]} - set(KINDS))

    out = []
    result = {"overall": table("overall", every, kinds, out)}
    for half, pick in (("A", names[0::2]), ("B", names[1::2])):
        out.append("")
        result[f"half_{half}"] = table(f"half {half} ({', '.join(pick)})",
                                       [r for n in pick for r in by_pair[n]], kinds, out)
    out.append("")
    out.append(f"per pair: {'pair':<38} {'rows':>4} {'match':>5} {'tp':>3} {'fp':>3} {'fn':>3}  {'P':>5} {'R':>5}")
    result["pairs"] = {}
    for n in names:
        sub = []
        t = table(n, by_pair[n], kinds, sub)
        result["pairs"][n] = t
        out.append(f"          {n:<38} {t['rows']:>4} {t['matched']:>5} {t['tp']:>3} {t['fp']:>3} {t['fn']:>3}"
                   f"  {fmt(t['precision']):>5} {fmt(t['recall']):>5}")
    out.append("")
    out.append("by confidence (every flag raised on a matched row, at its highest confidence):")
    levels = sorted({c for r in every if r["matched"] for c in r["levels"].values()}, reverse=True)
    for c in levels:
        hits = [(k in r["gold"]) for r in every if r["matched"] for k, v in r["levels"].items() if v == c]
        out.append(f"  {c:.2f}: {len(hits):>3} flags, {sum(hits):>3} right"
                   f" (precision {fmt(sum(hits) / len(hits) if hits else None)})")
    if args.rows:
        out.append("")
        for r in every:
            if not r["matched"]:
                out.append(f"NOT MATCHED {r['pair']}: {r['id_quote'][:70]}  gold={';'.join(sorted(r['gold']))}")
                continue
            if r["gold"] == r["pred"]:
                continue
            out.append(f"{r['pair']}: {r['id_quote'][:90]}")
            if r["kutip_id_quote"] != r["id_quote"]:
                out.append(f"  ID (kutip): {r['kutip_id_quote'][:120]}")
            out.append(f"  EN (kutip): {r['en_quote'][:120]}")
            out.append(f"  gold: {';'.join(sorted(r['gold'])) or '-'}  ({r['gold_evidence']})")
            out.append(f"  kutip: {';'.join(sorted(r['pred'])) or '-'}")
            for e in r["pred_evidence"]:
                conf = e.get("confidence")
                out.append(f"    {e['name']}{'' if conf is None else f' ({conf})'}: id {e['id']} en {e['en']} ({e['detail']})")
    print("\n".join(out))
    if args.json:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
