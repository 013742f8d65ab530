#!/usr/bin/env python3
"""Compare kutip's sentence alignment with nltk's Gale-Church aligner on the
dev pairs, in the same run on the same machine.

Both aligners get the same sentences: kutip's own segmentation, read from
`kutip align --unit sentence` run against an empty file (every sentence of
the other side then comes out as its own 1-0 or 0-1 bead, with its span).
Gale-Church (nltk.translate.gale_church.align_blocks) aligns the character
lengths of those sentences, each article as one block, with nltk's default
parameters and, as a second variant, with the expected length ratio fitted
per article (total English characters / total Indonesian characters).
kutip aligns with `kutip align --unit sentence`. Both are scored against the
gold beads (`sentences.csv`) with the shared scorer `sent_score.py`: a gold
two-sided bead counts as found when a predicted two-sided bead has token F1
>= 0.5 with it on both sides.

Times: kutip is the wall time of one `kutip align --unit sentence` process
over all pairs (process start, lexicon load, parsing, segmentation,
similarity, alignment), also given without the start-up (the same command on
an empty pair); Gale-Church is the time of the align_blocks calls
alone, on lengths computed beforehand (no parsing, no segmentation). Each is
the median of --repeat runs.

nltk: `python3 -m pip install nltk`, or on Debian `apt-get install
python3-nltk` (then /usr/lib/python3/dist-packages is searched when the
running python does not see it); `--install` does the latter (as root) or the
former.

usage: python3 scripts/compare_gale_church.py [--kutip target/release/kutip]
       [--dev ../shared/dev] [--scorer ../shared/eval/sent_score.py] [--repeat 5]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def import_gale_church(install: bool):
    try:
        from nltk.translate import gale_church  # type: ignore

        return gale_church
    except ImportError:
        pass
    debian = "/usr/lib/python3/dist-packages"
    if os.path.isdir(os.path.join(debian, "nltk")) and debian not in sys.path:
        sys.path.append(debian)
        try:
            from nltk.translate import gale_church  # type: ignore

            return gale_church
        except ImportError:
            pass
    if not install:
        sys.exit(
            "nltk is missing: run with --install, or `python3 -m pip install nltk`, "
            "or `apt-get install python3-nltk`"
        )
    if shutil.which("apt-get") and os.geteuid() == 0:
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "python3-nltk"], check=True, env=env)
    else:
        subprocess.run([sys.executable, "-m", "pip", "install", "--user", "nltk"], check=True)
    return import_gale_church(False)


def run_csv(cmd: list[str]) -> list[dict]:
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return list(csv.DictReader(io.StringIO(out)))


def sentences(kutip: str, pair: Path, empty: Path) -> tuple[list[str], list[str]]:
    """kutip's sentences of both sides (their text), in order."""
    ids = run_csv([kutip, "align", "--unit", "sentence", "--id", str(pair / "id.txt"), "--en", str(empty)])
    ens = run_csv([kutip, "align", "--unit", "sentence", "--id", str(empty), "--en", str(pair / "en.txt")])
    id_s = [r["id_text"] for r in ids if r["bead"] == "1-0"]
    en_s = [r["en_text"] for r in ens if r["bead"] == "0-1"]
    if len(id_s) != len(ids) or len(en_s) != len(ens):
        sys.exit(f"{pair}: aligning against an empty file gave two-sided beads")
    return id_s, en_s


def beads_from_links(links: list[tuple[int, int]], n_id: int, n_en: int) -> list[tuple[list[int], list[int]]]:
    """Groups alignment links into beads (connected runs); sentences without a
    link become 1-0 or 0-1 beads, in document order."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for i, j in links:
        a, b = find(("i", i)), find(("e", j))
        if a != b:
            parent[b] = a
    groups: dict = {}
    for i in range(n_id):
        groups.setdefault(find(("i", i)), ([], []))[0].append(i)
    for j in range(n_en):
        groups.setdefault(find(("e", j)), ([], []))[1].append(j)
    beads = list(groups.values())
    beads.sort(key=lambda b: (min(b[0]) if b[0] else -1, min(b[1]) if b[1] else -1))
    return beads


def write_beads(path: Path, beads, id_s: list[str], en_s: list[str]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id_text", "en_text"])
        for bi, be in beads:
            w.writerow([" ".join(id_s[i] for i in bi), " ".join(en_s[j] for j in be)])


def score(scorer: str, files: list[str]) -> dict:
    out = subprocess.run([sys.executable, scorer, *files], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kutip", default=str(ROOT / "target/release/kutip"))
    ap.add_argument("--dev", default=str(ROOT / "../shared/dev"))
    ap.add_argument("--scorer", default=None, help="default: DEV/../eval/sent_score.py")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--install", action="store_true", help="install nltk when it is missing")
    args = ap.parse_args()
    gc = import_gale_church(args.install)
    dev = Path(args.dev)
    if not dev.is_dir():
        print(f"skipped: {dev} is not here; using corpora/samples")
        dev = ROOT / "corpora/samples"
    scorer = args.scorer or str(Path(args.dev) / "../eval/sent_score.py")
    if not Path(scorer).is_file():
        sys.exit(f"scorer {scorer} not found (give --scorer)")
    if not os.access(args.kutip, os.X_OK):
        subprocess.run(["cargo", "build", "--release", "--locked"], cwd=ROOT, check=True)

    pairs = []
    for d in sorted(dev.iterdir()):
        gold = d / "sentences.csv"
        if not gold.is_file():
            gold = ROOT / "corpora/samples" / d.name / "sentences.csv"
        if (d / "id.txt").is_file() and (d / "en.txt").is_file() and gold.is_file():
            pairs.append((d, gold))
    if not pairs:
        sys.exit(f"no pair with id.txt, en.txt and sentences.csv under {dev}")

    tmp = Path(tempfile.mkdtemp())
    try:
        empty = tmp / "empty.txt"
        empty.write_text("", encoding="utf-8")
        batch = tmp / "pairs"
        batch.mkdir()
        for d, _ in pairs:
            (batch / d.name).mkdir()
            for f in ("id.txt", "en.txt"):
                (batch / d.name / f).symlink_to(d.resolve() / f)

        # kutip: one process over all pairs.
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            rows = run_csv([args.kutip, "align", "--unit", "sentence", str(batch)])
            times.append(time.perf_counter() - t0)
        kutip_time = statistics.median(times)
        # The same process on an empty pair: start-up and lexicon load only.
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            run_csv([args.kutip, "align", "--unit", "sentence", "--id", str(empty), "--en", str(empty)])
            times.append(time.perf_counter() - t0)
        start_time = statistics.median(times)
        by_pair: dict[str, list[dict]] = {}
        for r in rows:
            by_pair.setdefault(r["pair"], []).append(r)

        # Gale-Church on kutip's segmentation.
        segs = {d.name: sentences(args.kutip, d, empty) for d, _ in pairs}
        lens = {n: ([len(s) for s in i], [len(s) for s in e]) for n, (i, e) in segs.items()}

        class Fitted(gc.LanguageIndependent):
            pass

        def run_gc(fitted: bool) -> dict[str, list]:
            out = {}
            for n, (li, le) in lens.items():
                params = gc.LanguageIndependent
                if fitted:
                    params = type("Fitted", (Fitted,), {"AVERAGE_CHARACTERS": sum(le) / max(1, sum(li))})
                out[n] = gc.align_blocks(li, le, params)
            return out

        results = {}
        for name, fitted in (("gale-church (nltk defaults)", False), ("gale-church (fitted length ratio)", True)):
            gtimes = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                links = run_gc(fitted)
                gtimes.append(time.perf_counter() - t0)
            files = []
            for d, gold in pairs:
                i_s, e_s = segs[d.name]
                p = tmp / f"{d.name}.{fitted}.csv"
                write_beads(p, beads_from_links(links[d.name], len(i_s), len(e_s)), i_s, e_s)
                files += [str(gold), str(p)]
            results[name] = (score(scorer, files), statistics.median(gtimes))

        files = []
        for d, gold in pairs:
            p = tmp / f"{d.name}.kutip.csv"
            with open(p, "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(["id_text", "en_text"])
                for r in by_pair.get(d.name, []):
                    w.writerow([r["id_text"], r["en_text"]])
            files += [str(gold), str(p)]
        kutip_score = score(scorer, files)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    n_sent = sum(len(i) + len(e) for i, e in segs.values())
    print(f"pairs: {len(pairs)} ({', '.join(d.name for d, _ in pairs)}), {n_sent} sentences; "
          f"gold two-sided beads: {kutip_score['gold_beads']}; median of {args.repeat} runs")
    print(f"{'aligner':36} {'P':>6} {'R':>6} {'F1':>6} {'beads':>6} {'time':>10}")
    rowfmt = "{:36} {:6.3f} {:6.3f} {:6.3f} {:6d} {:>10}"
    print(rowfmt.format("kutip align --unit sentence", kutip_score["precision"], kutip_score["recall"],
                        kutip_score["f1"], kutip_score["pred_beads"], f"{kutip_time * 1000:.1f} ms"))
    for name, (s, t) in results.items():
        print(rowfmt.format(name, s["precision"], s["recall"], s["f1"], s["pred_beads"], f"{t * 1000:.1f} ms"))
    net = max(kutip_time - start_time, 0.0)
    print(rowfmt.format("  kutip without start-up", kutip_score["precision"], kutip_score["recall"],
                        kutip_score["f1"], kutip_score["pred_beads"], f"{net * 1000:.1f} ms"))
    base = results["gale-church (nltk defaults)"]
    print(f"ratios kutip / gale-church (nltk defaults): F1 {kutip_score['f1'] / max(base[0]['f1'], 1e-9):.2f}x, "
          f"time {kutip_time / max(base[1], 1e-9):.1f}x ({net / max(base[1], 1e-9):.1f}x without start-up)")
    print(f"kutip's time includes process start and lexicon load ({start_time * 1000:.1f} ms on an empty pair), "
          "parsing and segmentation; Gale-Church's only the alignment of precomputed lengths.")
    print(json.dumps({"kutip": {**kutip_score, "seconds": round(kutip_time, 4),
                                "startup_seconds": round(start_time, 4)},
                      **{k: {**s, "seconds": round(t, 4)} for k, (s, t) in results.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
