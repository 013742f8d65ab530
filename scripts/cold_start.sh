#!/usr/bin/env bash
# Cold start of the binary: the median wall time of `kutip quotes` on a
# one-sentence article (process start, embedded lexicon load, one tiny
# parse), against `kutip --version` (process start only, no lexicon) in the
# same run. Fails when the median of `kutip quotes` reaches the limit.
# usage: scripts/cold_start.sh [KUTIP] [RUNS] [LIMIT_MS]
set -euo pipefail
cd "$(dirname "$0")/.."
kutip=${1:-target/release/kutip}
runs=${2:-51}
limit_ms=${3:-100}
[ -x "$kutip" ] || cargo build --release --locked
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%s\n' 'Menteri itu mengatakan, “Kami memiliki ikatan yang sangat kuat.”' > "$tmp/tiny.txt"

# Median of RUNS wall times of a command, in milliseconds (3 decimals).
median_ms() {
  local t0 t1 i
  : > "$tmp/times"
  for ((i = 0; i < runs; i++)); do
    t0=$(date +%s%N)
    "$@" > /dev/null
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000)) >> "$tmp/times"
  done
  sort -n "$tmp/times" | awk '{a[NR] = $1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f\n", m / 1000}'
}

"$kutip" quotes --lang id "$tmp/tiny.txt" > /dev/null # warm the page cache
base=$(median_ms "$kutip" --version)
quotes=$(median_ms "$kutip" quotes --lang id "$tmp/tiny.txt")
echo "runs: $runs"
echo "kutip --version (process start, no lexicon):        median ${base} ms"
echo "kutip quotes on one sentence (start + lexicon load): median ${quotes} ms"
echo "difference (lexicon load and one tiny parse):        $(awk -v a="$quotes" -v b="$base" 'BEGIN {printf "%.3f", a - b}') ms"
if awk -v q="$quotes" -v l="$limit_ms" 'BEGIN {exit !(q >= l)}'; then
  echo "cold start ${quotes} ms is not under ${limit_ms} ms" >&2
  exit 1
fi
echo "ok: under ${limit_ms} ms"
