#!/usr/bin/env bash
# Scores `kutip quotes` on the two fixed halves of ../shared/ext/pfsa-id:
# the tuning half (articles whose number is even) and the checking half
# (odd). A change that raises one half and lowers the other is fitting.
# usage: scripts/pfsa_halves.sh [KUTIP] [PFSA_DIR]   (PFSA_VERBOSE=1 lists misses)
set -euo pipefail
kutip=${1:-target/release/kutip}
pfsa=${2:-../shared/ext/pfsa-id}
scorer=$(dirname "$pfsa")/../eval/pfsa_eval.py
if [ ! -d "$pfsa" ] || [ ! -f "$scorer" ]; then
  echo "pfsa_halves: $pfsa or $scorer not found: this needs ../shared beside the checkout" >&2
  exit 2
fi
pfsa=$(cd "$pfsa" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/tune" "$tmp/check"
for d in "$pfsa"/*/; do
  n=$(basename "$d")
  num=${n//[!0-9]/}
  if (( 10#$num % 2 == 0 )); then ln -s "$d" "$tmp/tune/$n"; else ln -s "$d" "$tmp/check/$n"; fi
done
for half in tune check; do
  echo "$half: $(python3 "$scorer" "$kutip" "$tmp/$half")"
done
