#!/usr/bin/env bash
# Aligns every dev pair that has a gold file and scores the result with the
# shared scorers (quotes with `kutip eval` when they are not here).
# usage: scripts/dev_figures.sh [KUTIP] [DEV_DIR]   (e.g. DEV_DIR=corpora/samples)
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
# The shared scorers beside the dev folder (or ../shared/eval); without them,
# `kutip eval` scores the quotes (it prints what score.py prints).
scorer=$dev/../eval
[ -f "$scorer/score.py" ] || scorer=../shared/eval
if [ -f "$scorer/score.py" ]; then
  echo "quotes:    $(python3 "$scorer/score.py" "${q[@]}" | tail -1)"
else
  echo "quotes:    $("$kutip" eval "${q[@]}" | tail -1)"
fi
if [ -f "$scorer/sent_score.py" ] && [ ${#s[@]} -gt 0 ]; then
  echo "sentences: $(python3 "$scorer/sent_score.py" "${s[@]}" | tail -1)"
else
  echo "sentences: skipped (needs ../shared/eval/sent_score.py)"
fi
