#!/usr/bin/env python3
"""How the review page's low-margin mark (margin < 0.1) sorts right and wrong
matches on pairs with gold files.

usage: python3 scripts/low_margin_figures.py [KUTIP] [DIR ...]
Each DIR holds id.txt, en.txt and gold.csv (default: every such folder of
../shared/dev, else corpora/samples). A matched row is right when its English
quote has token F1 >= 0.5 with the gold English quote of the gold row whose
Indonesian quote it matches best, as in kutip eval. Prints the matched rows
below the threshold and one summary line.
"""
import csv, glob, json, os, re, subprocess, sys
from collections import Counter

LOW = 0.1

def toks(s):
    return re.findall(r"\w+", (s or "").lower())

def f1(a, b):
    a, b = Counter(toks(a)), Counter(toks(b))
    c = sum((a & b).values())
    if not c:
        return 0.0
    p, r = c / sum(a.values()), c / sum(b.values())
    return 2 * p * r / (p + r)

def main():
    args = sys.argv[1:]
    is_exe = lambda a: os.path.isfile(a) and os.access(a, os.X_OK)
    kutip = args.pop(0) if args and is_exe(args[0]) else "target/release/kutip"
    dirs = args or sorted(glob.glob("../shared/dev/*")) or sorted(glob.glob("corpora/samples/*"))
    dirs = [d for d in dirs if all(os.path.isfile(os.path.join(d, f)) for f in ("id.txt", "en.txt", "gold.csv"))]
    if not dirs:
        sys.exit("low_margin_figures: no folder with id.txt, en.txt and gold.csv")
    rows = []
    for d in dirs:
        out = subprocess.run([kutip, "align", d, "-q", "--format", "jsonl"], check=True,
                             capture_output=True, text=True).stdout
        gold = list(csv.DictReader(open(os.path.join(d, "gold.csv"), encoding="utf-8")))
        for r in map(json.loads, out.splitlines()):
            if r["status"] != "matched" or not gold:
                continue
            g = max(gold, key=lambda g: f1(g["id_quote"], r["id_quote"]))
            right = bool(g["en_quote"]) and f1(g["en_quote"], r["en_quote"]) >= 0.5
            rows.append((r["margin"], right, os.path.basename(d.rstrip("/"))))
    low = [x for x in rows if x[0] < LOW]
    wrong = [x for x in rows if not x[1]]
    for m, right, d in sorted(low):
        print(f"{m:7.3f} {'right' if right else 'WRONG'} {d}")
    print(json.dumps({"pairs": len(dirs), "matched": len(rows), "low_margin": len(low),
                      "low_margin_wrong": sum(not x[1] for x in low), "wrong": len(wrong),
                      "wrong_margins": sorted(x[0] for x in wrong)}))

if __name__ == "__main__":
    main()
