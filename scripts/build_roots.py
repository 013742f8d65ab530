#!/usr/bin/env python3
"""Build corpora/lexicon/id-roots.txt, the Indonesian root list the stemmer embeds.

Output: one root per line, optionally followed by a tab and the derivational suffixes
the .dic attaches to it through its own flags (a=-an, i=-i, k=-kan).

Source: Debian `hunspell-id` (/usr/share/hunspell/id_ID.dic + id_ID.aff), LGPL-3.
The .dic is mostly a list of roots with affix flags, but it also holds derived
forms listed as words of their own (`akalnya`, `bahuku`). An entry is dropped when
it carries no affix flags of its own, the .aff rules generate it from another entry,
and it ends in a particle or possessive (-nya, -ku, -mu, -lah, -kah, -tah, -pun)
whose removal leaves that entry: such a form is inflected, never a root.
Unflagged entries that are derivations by prefix or suffix (`tetapi`, `sebentar`,
`pemuda`, `beruang`) are kept: they are lexicalised words whose meaning is not that
of the root, and the stemmer tries the whole word first. Entries that carry flags
are roots by the dictionary's own account and are kept, except the few forms that the
standard grammar gives as the lexically conditioned allomorphs of ber-/per-/ter-
(`belajar`, `pelajar`, `telanjur`): they are analysed by the stemmer instead.

Usage: python3 scripts/build_roots.py [--install] [--dic PATH] [--aff PATH] [--out PATH]
  --install  runs `apt-get update && apt-get install -y hunspell-id` first.
Stdlib only (Python 3.11).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import unicodedata
from pathlib import Path

DIC = Path("/usr/share/hunspell/id_ID.dic")
AFF = Path("/usr/share/hunspell/id_ID.aff")
OUT = Path(__file__).resolve().parent.parent / "corpora" / "lexicon" / "id-roots.txt"

# The allomorphs bel-/pel-/tel- occur only with these bases (Tata Bahasa Baku Bahasa
# Indonesia, ber-/per-/ter-): the words are derived, though the .dic lists them with flags.
IRREGULAR_ALLOMORPH_FORMS = sorted(["belajar", "belunjur", "pelajar", "telanjur"])

# Particles and possessives: a .dic entry that is another entry plus one of these is inflected.
ENCLITICS = ("kah", "ku", "lah", "mu", "nya", "pun", "tah")


def enclitic_form(word: str, entries: set[str]) -> bool:
    return any(word.endswith(e) and word[: -len(e)] in entries for e in ENCLITICS)


class Affix:
    """One PFX/SFX rule line: strip, add (+ continuation flags), condition."""

    def __init__(self, kind: str, flag: str, strip: str, add: str, cond: str):
        self.kind = kind
        self.flag = flag
        self.strip = "" if strip == "0" else strip
        add, _, cont = add.partition("/")
        self.add = "" if add == "0" else add
        self.cont = split_flags(cont)
        self.cond = parse_condition(cond or ".")

    def apply(self, word: str) -> str | None:
        if self.kind == "PFX":
            if not self.strip and not matches(self.cond, word, prefix=True):
                return None
            if self.strip and not word.startswith(self.strip):
                return None
            if self.strip and not matches(self.cond, word, prefix=True):
                return None
            return self.add + word[len(self.strip) :]
        if not matches(self.cond, word, prefix=False):
            return None
        if self.strip and not word.endswith(self.strip):
            return None
        return word[: len(word) - len(self.strip)] + self.add


def split_flags(flags: str) -> list[str]:
    """FLAG long: two characters per flag."""
    return [flags[i : i + 2] for i in range(0, len(flags) - 1, 2)]


def parse_condition(cond: str) -> list[tuple[bool, str]]:
    """A hunspell condition as a list of (negated, allowed chars); '' means any."""
    out: list[tuple[bool, str]] = []
    i = 0
    while i < len(cond):
        c = cond[i]
        if c == "[":
            j = cond.find("]", i)
            if j < 0:
                j = len(cond)
            body = cond[i + 1 : j]
            neg = body.startswith("^")
            out.append((neg, body.replace("^", "")))
            i = j + 1
        elif c == ".":
            out.append((False, ""))
            i += 1
        else:
            out.append((False, c))
            i += 1
    return out


def matches(cond: list[tuple[bool, str]], word: str, prefix: bool) -> bool:
    if len(cond) == 1 and cond[0] == (False, ""):
        return True
    if len(word) < len(cond):
        return False
    part = word[: len(cond)] if prefix else word[len(word) - len(cond) :]
    for (neg, chars), ch in zip(cond, part):
        if not chars:
            continue
        if (ch in chars) == neg:
            return False
    return True


def read_aff(path: Path) -> dict[str, list[Affix]]:
    rules: dict[str, list[Affix]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        parts = line.split("#", 1)[0].split()
        if len(parts) >= 4 and parts[0] in ("PFX", "SFX") and parts[2] not in ("Y", "N"):
            kind, flag, strip, add = parts[:4]
            cond = parts[4] if len(parts) > 4 else "."
            rules.setdefault(flag, []).append(Affix(kind, flag, strip, add, cond))
    return rules


def read_dic(path: Path) -> list[tuple[str, list[str]]]:
    entries = []
    lines = path.read_text(encoding="latin-1").splitlines()
    for line in lines[1:]:
        word, _, flags = line.strip().partition("/")
        word, flags = word.strip(), flags.strip()
        if word:
            entries.append((word, split_flags(flags)))
    return entries


def expand(word: str, flags: list[str], rules: dict[str, list[Affix]]) -> set[str]:
    """Forms the .aff generates from one entry: suffixes (two levels), then prefixes."""
    suffixed: list[tuple[str, list[str]]] = [(word, flags)]
    frontier = [(word, flags)]
    for _ in range(2):
        nxt = []
        for w, fl in frontier:
            for f in fl:
                for a in rules.get(f, []):
                    if a.kind == "SFX":
                        r = a.apply(w)
                        if r:
                            nxt.append((r, fl + a.cont))
        suffixed.extend(nxt)
        frontier = nxt
    forms = {w for w, _ in suffixed}
    for w, fl in suffixed:
        for f in set(fl):
            for a in rules.get(f, []):
                if a.kind == "PFX":
                    r = a.apply(w)
                    if r:
                        forms.add(r)
    forms.discard(word)
    return forms


# Derivational suffixes the stemmer ranks by, with the mark written for each.
SUFFIX_MARKS = (("kan", "k"), ("an", "a"), ("i", "i"))


def suffix_marks(flags: list[str], rules: dict[str, list[Affix]]) -> str:
    """Which of -an, -i, -kan the entry's own suffix flags attach ("a", "i", "k")."""
    marks: set[str] = set()
    for f in flags:
        for a in rules.get(f, []):
            if a.kind != "SFX":
                continue
            for suffix, mark in SUFFIX_MARKS:
                if a.add.startswith(suffix):
                    marks.add(mark)
                    break
    return "".join(sorted(marks))


def normalize(word: str) -> str | None:
    w = unicodedata.normalize("NFC", word).lower()
    if not w or w.startswith("-") or w.endswith("-"):
        return None
    if all(part.isalpha() for part in w.split("-")):
        return w
    return None


def package_version() -> str:
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "hunspell-id"],
            capture_output=True, text=True, check=True,
        )
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--install", action="store_true", help="apt-get install hunspell-id first")
    ap.add_argument("--dic", type=Path, default=DIC)
    ap.add_argument("--aff", type=Path, default=AFF)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    if args.install:
        subprocess.run("apt-get update && apt-get install -y hunspell-id", shell=True, check=True)
    if not args.dic.exists():
        print(f"{args.dic} not found; run with --install or apt-get install hunspell-id",
              file=sys.stderr)
        return 2
    rules = read_aff(args.aff)
    entries = read_dic(args.dic)
    derived: set[str] = set()
    for word, flags in entries:
        if flags:
            derived |= expand(word, flags, rules)
    flagged = {w for w, f in entries if f}
    all_words = {w for w, _ in entries}
    roots: dict[str, set[str]] = {}
    dropped = 0
    for word, flags in entries:
        w = normalize(word)
        if w is None:
            continue
        inflected = word in derived and enclitic_form(word, all_words)
        if (not flags and word not in flagged and inflected) or w in IRREGULAR_ALLOMORPH_FORMS:
            dropped += 1
            continue
        roots.setdefault(w, set()).update(suffix_marks(flags, rules))
    version = package_version()
    header = (
        f"# Indonesian roots from Debian hunspell-id {version} (id_ID.dic, LGPL-3); "
        f"rebuild: python3 scripts/build_roots.py --install; "
        f"optional second field after a tab: suffixes the .dic attaches (a=-an i=-i k=-kan)"
    )
    lines = [w + ("\t" + "".join(sorted(m)) if m else "") for w, m in sorted(roots.items())]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} entries, {dropped} inflected forms dropped, {len(roots)} roots -> {args.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
