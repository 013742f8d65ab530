#!/usr/bin/env bash
# Aligns every dev pair that has a gold file and scores the result with the
# shared scorers (score.py, sent_score.py in DEV_DIR/../eval or ../shared/eval).
# usage: scripts/dev_figures.sh [KUTIP] [DEV_DIR]   (DEV_DIR=corpora/samples: the bundled pairs)
# Without the shared scorers, `kutip eval` scores the quotes (it prints what
# score.py prints) and the sentence figures are skipped.
set -euo pipefail
kutip=${1:-target/release/kutip}
dev=${2:-../shared/dev}
if [ ! -d "$dev" ]; then
  echo "dev_figures: $dev is not here; for the bundled pairs: scripts/dev_figures.sh $kutip corpora/samples" >&2
  exit 2
fi
[ -x "$kutip" ] || { echo "dev_figures: $kutip is not built (cargo build --release)" >&2; exit 2; }
scorer=$dev/../eval
[ -f "$scorer/score.py" ] || scorer=../shared/eval
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
q=(); s=()
for d in "$dev"/*/; do
  [ -f "$d/gold.csv" ] && [ -f "$d/en.txt" ] || continue
  n=$(basename "$d")
  "$kutip" align --id "$d/id.txt" --en "$d/en.txt" --pair "$n" -q > "$tmp/$n.csv"
  q+=("$d/gold.csv" "$tmp/$n.csv")
  if [ -f "$d/sentences.csv" ]; then
    "$kutip" align --unit sentence --id "$d/id.txt" --en "$d/en.txt" --pair "$n" -q > "$tmp/$n.s.csv"
    s+=("$d/sentences.csv" "$tmp/$n.s.csv")
  fi
done
if [ ${#q[@]} -eq 0 ]; then
  echo "dev_figures: no pair with gold.csv, id.txt and en.txt in $dev" >&2
  exit 2
fi
if [ -f "$scorer/score.py" ]; then
  echo "quotes:    $(python3 "$scorer/score.py" "${q[@]}" | tail -1)"
else
  echo "quotes:    $("$kutip" eval "${q[@]}" | tail -1)"
fi
if [ -f "$scorer/sent_score.py" ] && [ ${#s[@]} -gt 0 ]; then
  echo "sentences: $(python3 "$scorer/sent_score.py" "${s[@]}" | tail -1)"
else
  echo "sentences: skipped (needs the shared sent_score.py)"
fi
