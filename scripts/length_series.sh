#!/usr/bin/env bash
# Time and peak memory of `kutip align` on one pair as the articles grow:
# 2 KB, 4 KB, ... doubling up to MAX (default 20 MB, the last step MAX
# itself), each pair built by laying the bundled samples end to end (the
# same samples in the same order on both sides). Prints one line per size
# and, from the second on, the ratio of time and of memory to the size
# before it. The per-pair limit is raised to fit (--max-bytes).
#
# usage: scripts/length_series.sh [MAX_BYTES] [KUTIP]
#   env: UNIT=quote|sentence (default quote)
set -euo pipefail
cd "$(dirname "$0")/.."
max=${1:-20000000}
kutip=${2:-target/release/kutip}
unit=${UNIT:-quote}
[ -x /usr/bin/time ] || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes=()
s=2000
while [ "$s" -lt "$max" ]; do sizes+=("$s"); s=$((s * 2)); done
sizes+=("$max")
printf "%10s %10s %9s %10s %8s %8s\n" bytes rows seconds "peak MB" "x time" "x mem"
prev_t=""; prev_m=""
for size in "${sizes[@]}"; do
  python3 - "$size" "$work" <<'PY'
import os, sys
size, out = int(sys.argv[1]), sys.argv[2]
root = "corpora/samples"
names = sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, "id.txt")))
read = lambda n, f: open(os.path.join(root, n, f), encoding="utf-8").read().strip() + "\n"
ids = [read(n, "id.txt") for n in names]
ens = [read(n, "en.txt") for n in names]
with open(os.path.join(out, "id.txt"), "w") as fi, open(os.path.join(out, "en.txt"), "w") as fe:
    total, k = 0, 0
    while total < size:
        fi.write(ids[k % len(ids)]); fe.write(ens[k % len(ens)])
        total += len(ids[k % len(ids)].encode()); k += 1
PY
  bytes=$(stat -c %s "$work/id.txt")
  /usr/bin/time -f "%e %M" -o "$work/time" "$kutip" align --unit "$unit" \
    --id "$work/id.txt" --en "$work/en.txt" -o "$work/out.csv"
  read -r secs kb < "$work/time"
  rows=$(($(wc -l < "$work/out.csv") - 1))
  python3 - "$bytes" "$rows" "$secs" "$kb" "$prev_t" "$prev_m" <<'PY'
import sys
b, rows, t, kb = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
pt, pm = sys.argv[5], sys.argv[6]
mb = kb / 1024
rt = f"{t / max(float(pt), 0.01):8.2f}" if pt else f"{'':>8}"
rm = f"{mb / float(pm):8.2f}" if pm else f"{'':>8}"
print(f"{b:>10} {rows:>10} {t:>9.2f} {mb:>10.1f} {rt} {rm}")
PY
  prev_t=$secs; prev_m=$(python3 -c "print($kb / 1024)")
done
