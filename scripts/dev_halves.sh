#!/usr/bin/env bash
# Scores the quote alignment on the two fixed halves of the dev pairs, split
# by name: the tuning half (pairs whose name's cksum is even) and the
# checking half (odd). Weights are tuned on the first half only; a change
# that raises it and lowers the other is fitting.
# usage: scripts/dev_halves.sh [KUTIP] [DEV_DIR] [extra `kutip align` arguments, e.g. --lexicon X.tsv]
set -euo pipefail
kutip=${1:-target/release/kutip}
dev=${2:-../shared/dev}
shift $(($# < 2 ? $# : 2))
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tune=(); check=()
for d in "$dev"/*/; do
  [ -f "$d/gold.csv" ] && [ -f "$d/en.txt" ] || continue
  n=$(basename "$d")
  "$kutip" align --quiet --id "$d/id.txt" --en "$d/en.txt" --pair "$n" "$@" > "$tmp/$n.csv"
  if (( $(printf %s "$n" | cksum | cut -d' ' -f1) % 2 == 0 )); then
    tune+=("$d/gold.csv" "$tmp/$n.csv")
  else
    check+=("$d/gold.csv" "$tmp/$n.csv")
  fi
done
scorer=$dev/../eval/score.py
echo "tune:  $(python3 "$scorer" "${tune[@]}" | tail -1)"
echo "check: $(python3 "$scorer" "${check[@]}" | tail -1)"
