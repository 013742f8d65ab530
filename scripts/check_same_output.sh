#!/usr/bin/env bash
# Golden-output check: writes every output kutip gives on the bundled
# samples, the dev pairs, every Indonesian sample crossed with every other
# English sample (unrelated articles), and perturbed variants of the samples
# (paragraphs dropped, reversed, duplicated), then compares them with a
# saved copy.
#
# usage:
#   scripts/check_same_output.sh save  GOLDEN_DIR [KUTIP] [DEV_DIR]
#   scripts/check_same_output.sh check GOLDEN_DIR [KUTIP] [DEV_DIR]
# `save` writes the outputs into GOLDEN_DIR; `check` writes them into a
# temporary folder and exits non-zero, showing the first differences, when
# any output differs byte for byte from GOLDEN_DIR.
set -euo pipefail
mode=${1:?usage: $0 save|check GOLDEN_DIR [KUTIP] [DEV_DIR]}
golden=${2:?usage: $0 save|check GOLDEN_DIR [KUTIP] [DEV_DIR]}
kutip=${3:-target/release/kutip}
dev=${4:-../shared/dev}
samples=corpora/samples

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case $mode in
  save) out=$golden; rm -rf "$out"; mkdir -p "$out" ;;
  check) out=$work/out; mkdir -p "$out" ;;
  *) echo "usage: $0 save|check GOLDEN_DIR [KUTIP] [DEV_DIR]" >&2; exit 2 ;;
esac

# Perturbed pairs: deterministic edits of each sample pair.
pert=$work/perturbed
for d in "$samples"/*/; do
  n=$(basename "$d")
  [ -f "$d/id.txt" ] && [ -f "$d/en.txt" ] || continue
  mkdir -p "$pert/$n-drop" "$pert/$n-rev" "$pert/$n-dup"
  awk 'NR % 3 != 2' "$d/id.txt" > "$pert/$n-drop/id.txt"
  cp "$d/en.txt" "$pert/$n-drop/en.txt"
  cp "$d/id.txt" "$pert/$n-rev/id.txt"
  tac "$d/en.txt" > "$pert/$n-rev/en.txt"
  awk '{print} NR % 4 == 1 {print}' "$d/id.txt" > "$pert/$n-dup/id.txt"
  awk '{print} NR % 5 == 2 {print}' "$d/en.txt" > "$pert/$n-dup/en.txt"
done

# Crossed pairs: each Indonesian sample against every other English sample.
cross=$work/crossed
for i in "$samples"/*/; do
  for e in "$samples"/*/; do
    [ "$i" != "$e" ] && [ -f "$i/id.txt" ] && [ -f "$e/en.txt" ] || continue
    c=$cross/$(basename "$i")--$(basename "$e")
    mkdir -p "$c"
    cp "$i/id.txt" "$c/id.txt"
    cp "$e/en.txt" "$c/en.txt"
  done
done

for set in samples perturbed crossed; do
  case $set in
    samples) dir=$samples ;;
    perturbed) dir=$pert ;;
    crossed) dir=$cross ;;
  esac
  "$kutip" align "$dir" > "$out/$set.quote.csv"
  "$kutip" align --unit sentence "$dir" > "$out/$set.sentence.csv"
done
if [ -d "$dev" ]; then
  for d in "$dev"/*/; do
    n=$(basename "$d")
    if [ -f "$d/en.txt" ] && [ -f "$d/id.txt" ]; then
      "$kutip" align --id "$d/id.txt" --en "$d/en.txt" --pair "$n" > "$out/dev-$n.quote.csv"
      "$kutip" align --unit sentence --id "$d/id.txt" --en "$d/en.txt" --pair "$n" > "$out/dev-$n.sentence.csv"
    fi
    for lang in id en; do
      [ -f "$d/$lang.txt" ] && "$kutip" quotes --lang "$lang" "$d/$lang.txt" > "$out/dev-$n.quotes-$lang.csv"
    done
  done
else
  echo "check_same_output: $dev absent, dev pairs skipped" >&2
fi
for d in "$samples"/*/ "$pert"/*/; do
  n=$(basename "$d")
  for lang in id en; do
    [ -f "$d/$lang.txt" ] && "$kutip" quotes --lang "$lang" "$d/$lang.txt" > "$out/$n.quotes-$lang.csv"
  done
done

if [ "$mode" = save ]; then
  echo "saved $(ls "$out" | wc -l) outputs into $out"
  exit 0
fi
if diff -r "$golden" "$out" > "$work/diff"; then
  echo "same output: $(ls "$out" | wc -l) files identical to $golden"
else
  echo "OUTPUT DIFFERS from $golden:" >&2
  head -40 "$work/diff" >&2
  exit 1
fi
