#!/usr/bin/env python3
"""Extraction recall and speaker accuracy of `kutip quotes` against gold files.

usage: scripts/extraction_figures.py KUTIP DIR [DIR ...]
Each DIR holds id.txt, en.txt and gold.csv (or quotes.csv). A gold quote is
found when a predicted quote has token F1 >= 0.5 with it (one-to-one, best
first), as in ../shared/eval/score.py, and a speaker is judged by score.py's
rule (alternatives in id_speaker_alt included). Prints one JSON line per
folder and the micro-averaged total.
"""
import csv, json, re, subprocess, sys, unicodedata
from collections import Counter

def toks(s):
    return re.findall(r"\w+", unicodedata.normalize("NFKC", s or "").lower())

def f1(a, b):
    a, b = Counter(toks(a)), Counter(toks(b))
    c = sum((a & b).values())
    if not c:
        return 0.0
    p, r = c / sum(a.values()), c / sum(b.values())
    return 2 * p * r / (p + r)

# The speaker rule of ../shared/eval/score.py (and `kutip eval`): the prediction
# holds the head word of the gold label or of one alternative (id_speaker_alt,
# |-separated), at least half of its words are that label's words or titles,
# and it does not end in a possessive.
TITLES = set("""presiden wakil menteri perdana juru bicara jubir sekretaris jenderal direktur kepala ketua
pemimpin raja ratu pangeran jenderal letnan kolonel mayor kapten laksamana dr pak bu bapak ibu tuan nyonya
president vice minister prime spokesman spokeswoman spokesperson secretary general director head chief
chairman chairwoman leader king queen prince gen lt col maj capt adm mr mrs ms dr sir the a an""".split())

def label_ok(pred, label):
    g, p = toks(re.sub(r"\([^)]*\)", " ", label or "")), toks(pred)
    if not g:
        return True
    if not p or re.search(r"['’]s\s*$", pred or ""):
        return False
    return g[-1] in p and sum(t in g or t in TITLES for t in p) * 2 >= len(p)

def speaker_ok(pred, gold, alts=""):
    if not toks(re.sub(r"\([^)]*\)", " ", gold or "")):
        return True
    return any(label_ok(pred, l) for l in [gold] + [a for a in (alts or "").split("|") if a.strip()])

def match(gold, pred):
    pairs = sorted(((f1(p, g), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)), reverse=True)
    used_g, used_p, claim = set(), set(), {}
    for s, i, j in pairs:
        if s < 0.5:
            break
        if i in used_g or j in used_p:
            continue
        used_g.add(i); used_p.add(j); claim[i] = j
    return claim

def quotes(kutip, lang, path):
    # The gold names unnamed speakers in English ("US official"): so does --english-speakers.
    out = subprocess.run([kutip, "quotes", "--lang", lang, "--english-speakers", path],
                         capture_output=True, text=True, check=True).stdout
    return list(csv.DictReader(out.splitlines()))

def main():
    kutip, dirs = sys.argv[1], sys.argv[2:]
    tot = Counter()
    for d in dirs:
        gold_path = f"{d}/gold.csv"
        try:
            gold = list(csv.DictReader(open(gold_path, encoding="utf-8")))
            id_col, spk_col = "id_quote", "id_speaker"
        except FileNotFoundError:
            gold = list(csv.DictReader(open(f"{d}/quotes.csv", encoding="utf-8")))
            id_col, spk_col = "quote", "speaker"
        pid = quotes(kutip, "id", f"{d}/id.txt")
        claim = match([g[id_col] for g in gold], [p["quote"] for p in pid])
        spk = sum(speaker_ok(pid[j]["speaker"], gold[i][spk_col], gold[i].get("id_speaker_alt", ""))
                  for i, j in claim.items())
        r = {"dir": d, "id_gold": len(gold), "id_found": len(claim), "id_pred": len(pid), "spk_ok": spk}
        en_gold = [g["en_quote"] for g in gold if g.get("en_quote", "").strip()]
        if en_gold:
            pen = quotes(kutip, "en", f"{d}/en.txt")
            r.update(en_gold=len(en_gold), en_found=len(match(en_gold, [p["quote"] for p in pen])), en_pred=len(pen))
        tot.update({k: v for k, v in r.items() if k != "dir"})
        print(json.dumps(r))
    tot = dict(tot)
    tot["id_recall"] = round(tot["id_found"] / tot["id_gold"], 3)
    tot["speaker_accuracy"] = round(tot["spk_ok"] / max(tot["id_found"], 1), 3)
    if tot.get("en_gold"):
        tot["en_recall"] = round(tot["en_found"] / tot["en_gold"], 3)
    print(json.dumps(tot))

if __name__ == "__main__":
    main()
