#!/usr/bin/env bash
# Time and peak memory of `kutip align` on one pair as the articles grow:
# 2 KB, 4 KB, ... doubling up to MAX (default 20 MB, the last step MAX
# itself), each pair built by laying the bundled samples end to end (the
# same samples in the same order on both sides). Prints one line per size
# (wall-clock seconds, CPU seconds, peak resident memory; the fastest of
# REPEAT runs below 1 MB) and, from the
# second on, the ratio of each to the size before it. The per-pair limit
# is raised to fit (--max-bytes).
#
# usage: scripts/length_series.sh [MAX_BYTES] [KUTIP]
#   env: UNIT=quote|sentence (default quote)
#        REPEAT=N      runs of each size below 1 MB, the fastest kept
#                      (default 3: the small sizes take tenths of a
#                      second, where one run of a shared machine is noise)
#        VARY_NAMES=1  every copy after the first gives the capitalized
#                      words inside its sentences new made-up names (the
#                      same on both sides), so that the article holds ever
#                      more distinct people and places, as an archive does
set -euo pipefail
cd "$(dirname "$0")/.."
max=${1:-20000000}
kutip=${2:-target/release/kutip}
unit=${UNIT:-quote}
[ -x /usr/bin/time ] || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
[ -x /usr/bin/bc ] || { apt-get update >/dev/null && apt-get install -y bc >/dev/null; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/build.py" <<'PY'
import hashlib, os, re, sys
size, out, vary = int(sys.argv[1]), sys.argv[2], sys.argv[3] == "1"
root = "corpora/samples"
names = sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, "id.txt")))
read = lambda n, f: open(os.path.join(root, n, f), encoding="utf-8").read().strip() + "\n"
ids = [read(n, "id.txt") for n in names]
ens = [read(n, "en.txt") for n in names]
inside = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{2,})\b")
def made_up(word, copy):
    h = hashlib.md5(f"{word}/{copy}".encode()).digest()
    return "".join("bcdfghjklmnprstvwz"[h[i] % 18] + "aeiou"[h[i + 8] % 5]
                   for i in range(max(2, len(word) // 2))).capitalize()
with open(os.path.join(out, "id.txt"), "w") as fi, open(os.path.join(out, "en.txt"), "w") as fe:
    total, k = 0, 0
    while total < size:
        a, b = ids[k % len(ids)], ens[k % len(ens)]
        copy = k // len(ids)
        if vary and copy > 0:
            a = inside.sub(lambda m: made_up(m.group(1), copy), a)
            b = inside.sub(lambda m: made_up(m.group(1), copy), b)
        fi.write(a)
        fe.write(b)
        total += len(a.encode())
        k += 1
PY
cat > "$work/line.py" <<'PY'
import sys
b, rows = int(sys.argv[1]), int(sys.argv[2])
wall, user, system, kb = open(sys.argv[3]).read().split()
t, cpu, mb = float(wall), float(user) + float(system), int(kb) / 1024
line = f"{b:>10} {rows:>8} {t:>8.2f} {cpu:>8.2f} {mb:>9.1f}"
if len(sys.argv) > 4 and sys.argv[4]:
    pt, pc, pm = (float(x) for x in sys.argv[4].split(","))
    line += f" {t / max(pt, 0.01):>7.2f} {cpu / max(pc, 0.01):>7.2f} {mb / pm:>7.2f}"
print(line)
open(sys.argv[3] + ".prev", "w").write(f"{t},{cpu},{mb}")
PY
sizes=()
s=2000
while [ "$s" -lt "$max" ]; do sizes+=("$s"); s=$((s * 2)); done
sizes+=("$max")
printf "%10s %8s %8s %8s %9s %7s %7s %7s\n" bytes rows seconds "cpu s" "peak MB" "x time" "x cpu" "x mem"
prev=""
for size in "${sizes[@]}"; do
  python3 "$work/build.py" "$size" "$work" "${VARY_NAMES:-0}"
  bytes=$(stat -c %s "$work/id.txt")
  runs=1
  [ "$bytes" -lt 1000000 ] && runs=${REPEAT:-3}
  for ((r = 0; r < runs; r++)); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.run" "$kutip" align -q --unit "$unit" \
      --max-bytes 1000000000 --id "$work/id.txt" --en "$work/en.txt" -o "$work/out.csv"
    if [ "$r" = 0 ] || [ "$(echo "$(cut -d' ' -f1 "$work/time.run") < $(cut -d' ' -f1 "$work/time")" | bc)" = 1 ]; then
      cp "$work/time.run" "$work/time"
    fi
  done
  rows=$(($(wc -l < "$work/out.csv") - 1))
  python3 "$work/line.py" "$bytes" "$rows" "$work/time" "$prev"
  prev=$(cat "$work/time.prev")
done
