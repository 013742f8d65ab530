#!/usr/bin/env python3
"""Build a synthetic batch of article pairs from corpora/samples, for benchmarks.

usage: scripts/synth_corpus.py N OUT_DIR [--samples DIR] [--no-files]

Writes OUT_DIR/stream.jsonl (one {"pair","id","en"} object per line, texts
inline) and, unless --no-files, OUT_DIR/pairs/<name>/{id,en}.txt with
OUT_DIR/manifest.csv (pair,id_path,en_path, paths relative to OUT_DIR).

Pair i starts from sample i mod S and is perturbed with a random generator
seeded by i, so the batch is the same on every run: a paragraph dropped on
either side (an omission), two neighbouring paragraphs swapped, numbers
replaced by others of the same length. No two pairs are identical: a
perturbation that repeats an earlier pair is followed by another one.
Standard library only.
"""
import hashlib
import json
import os
import random
import re
import sys

NUM = re.compile(r"\d+")


def paragraphs(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return [p for p in fh.read().split("\n") if p.strip()]


def drop_one(rng, paras):
    if len(paras) > 3:
        del paras[rng.randrange(1, len(paras))]


def swap_neighbours(rng, paras):
    if len(paras) > 3:
        i = rng.randrange(1, len(paras) - 1)
        paras[i], paras[i + 1] = paras[i + 1], paras[i]


def swap_numbers(rng, paras):
    def repl(m):
        if rng.random() < 0.3:
            n = len(m.group())
            lo = 10 ** (n - 1) if n > 1 else 0
            return str(rng.randrange(lo, 10 ** n))
        return m.group()

    for k, p in enumerate(paras):
        paras[k] = NUM.sub(repl, p)


def perturb(rng, id_p, en_p):
    op = rng.randrange(6)
    if op == 0:
        drop_one(rng, id_p)
    elif op == 1:
        drop_one(rng, en_p)
    elif op == 2:
        swap_neighbours(rng, id_p)
    elif op == 3:
        swap_neighbours(rng, en_p)
    else:
        swap_numbers(rng, id_p if op == 4 else en_p)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    n, out = int(args[0]), args[1]
    files = "--no-files" not in argv
    samples_dir = "corpora/samples"
    if "--samples" in argv:
        samples_dir = argv[argv.index("--samples") + 1]
        args = [a for a in args if a != samples_dir]
    bases = []
    for name in sorted(os.listdir(samples_dir)):
        d = os.path.join(samples_dir, name)
        if os.path.isfile(os.path.join(d, "id.txt")) and os.path.isfile(os.path.join(d, "en.txt")):
            bases.append((paragraphs(os.path.join(d, "id.txt")), paragraphs(os.path.join(d, "en.txt"))))
    if not bases:
        sys.exit(f"{samples_dir}: no pairs")
    os.makedirs(out, exist_ok=True)
    seen = set()
    stream = open(os.path.join(out, "stream.jsonl"), "w", encoding="utf-8", newline="\n")
    manifest = open(os.path.join(out, "manifest.csv"), "w", encoding="utf-8", newline="\n") if files else None
    if manifest:
        manifest.write("pair,id_path,en_path\n")
    width = len(str(max(n - 1, 1)))
    for i in range(n):
        rng = random.Random(i)
        id_p, en_p = (list(x) for x in bases[i % len(bases)])
        for _ in range(rng.randrange(1, 4)):
            perturb(rng, id_p, en_p)
        tries = 0
        while True:
            id_t, en_t = "\n".join(id_p) + "\n", "\n".join(en_p) + "\n"
            key = hashlib.blake2b((id_t + "\0" + en_t).encode(), digest_size=16).digest()
            if key not in seen:
                break
            tries += 1
            if tries > 40:
                id_p.append(f"({i})")
            else:
                perturb(rng, id_p, en_p)
        seen.add(key)
        name = f"syn-{i:0{width}d}"
        stream.write(json.dumps({"pair": name, "id": id_t, "en": en_t}, ensure_ascii=False) + "\n")
        if manifest:
            d = os.path.join(out, "pairs", name)
            os.makedirs(d, exist_ok=True)
            for side, t in (("id", id_t), ("en", en_t)):
                with open(os.path.join(d, f"{side}.txt"), "w", encoding="utf-8", newline="") as fh:
                    fh.write(t)
            manifest.write(f"{name},pairs/{name}/id.txt,pairs/{name}/en.txt\n")
    stream.close()
    if manifest:
        manifest.close()
    print(f"{n} distinct pairs in {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
