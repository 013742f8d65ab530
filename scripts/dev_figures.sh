#!/usr/bin/env bash
# Aligns every dev pair that has a gold file and scores the result with the
# shared scorers. usage: scripts/dev_figures.sh [KUTIP] [DEV_DIR]
set -euo pipefail
kutip=${1:-target/release/kutip}
dev=${2:-../shared/dev}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
q=(); s=()
for d in "$dev"/*/; do
  [ -f "$d/gold.csv" ] && [ -f "$d/en.txt" ] || continue
  n=$(basename "$d")
  "$kutip" align --id "$d/id.txt" --en "$d/en.txt" --pair "$n" > "$tmp/$n.csv"
  q+=("$d/gold.csv" "$tmp/$n.csv")
  if [ -f "$d/sentences.csv" ]; then
    "$kutip" align --unit sentence --id "$d/id.txt" --en "$d/en.txt" --pair "$n" > "$tmp/$n.s.csv"
    s+=("$d/sentences.csv" "$tmp/$n.s.csv")
  fi
done
scorer=$dev/../eval
echo "quotes:    $(python3 "$scorer/score.py" "${q[@]}" | tail -1)"
echo "sentences: $(python3 "$scorer/sent_score.py" "${s[@]}" | tail -1)"
