#!/usr/bin/env bash
# Aligns every dev pair that has a gold file and scores the result with the
# shared scorers (score.py, sent_score.py in DEV_DIR/../eval).
# usage: scripts/dev_figures.sh [KUTIP] [DEV_DIR]
# Needs the shared dev folder and its scorers beside the checkout; without
# them it says so and exits 2. The bundled samples are scored by kutip's own
# scorer instead: kutip eval --gold corpora/samples/NAME/gold.csv --pred PRED.csv
set -euo pipefail
kutip=${1:-target/release/kutip}
dev=${2:-../shared/dev}
scorer=$dev/../eval
if [ ! -d "$dev" ] || [ ! -f "$scorer/score.py" ] || [ ! -f "$scorer/sent_score.py" ]; then
  echo "dev_figures: needs $dev and the scorers $scorer/score.py and sent_score.py, which are not here" >&2
  echo "dev_figures: for the bundled samples use kutip eval, e.g." >&2
  echo "  $kutip align corpora/samples/voa-syria-envoy-2012 > pred.csv && $kutip eval --gold corpora/samples/voa-syria-envoy-2012/gold.csv --pred pred.csv" >&2
  exit 2
fi
[ -x "$kutip" ] || { echo "dev_figures: $kutip is not built (cargo build --release)" >&2; exit 2; }
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
echo "quotes:    $(python3 "$scorer/score.py" "${q[@]}" | tail -1)"
echo "sentences: $(python3 "$scorer/sent_score.py" "${s[@]}" | tail -1)"
