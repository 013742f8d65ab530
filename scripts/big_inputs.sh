#!/usr/bin/env bash
# Inputs that once exhausted memory or time, run as a user would run them,
# with time and peak memory, and a PASS or FAIL for what each must show:
#   - `kutip quotes` on a 20 MB article of each language: within 30 s;
#   - a pair of one 5 MB line each, and a pair of 50,000 short lines each:
#     aligned with rows, or (with --max-bytes 1000000) one clear error;
#   - a manifest with both of those pairs among the bundled samples: every
#     sample pair written;
#   - a JSONL stream with a 50 MB record between two normal ones: both
#     normal pairs written and one error for the big one.
# Builds its inputs from corpora/samples in a temporary folder (about 150 MB).
#
# usage: scripts/big_inputs.sh [KUTIP]
set -euo pipefail
cd "$(dirname "$0")/.."
kutip=$(realpath "${1:-target/release/kutip}")
[ -x /usr/bin/time ] || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import json, os, shutil, sys
out = sys.argv[1]
root = "corpora/samples"
names = sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, "id.txt")))
read = lambda n, lang: open(os.path.join(root, n, f"{lang}.txt"), encoding="utf-8").read()
for lang in ["id", "en"]:
    texts = [read(n, lang) for n in names]
    words = " ".join(texts).split()
    def words_from(k, count):
        return [words[(k + j) % len(words)] for j in range(count)]
    # Articles end to end up to 20 MB, for `quotes`.
    with open(f"{out}/big.{lang}.txt", "w") as f:
        size, k = 0, 0
        while size < 20_000_000:
            t = texts[k % len(texts)] + "\n"
            f.write(t); size += len(t.encode()); k += 1
    # One 5 MB line.
    os.makedirs(f"{out}/pairs/one-line", exist_ok=True)
    line, size, k = [], 0, 0
    while size < 5_000_000:
        w = words[k % len(words)]; line.append(w); size += len(w.encode()) + 1; k += 1
    open(f"{out}/pairs/one-line/{lang}.txt", "w").write(" ".join(line) + "\n")
    # 50,000 short lines.
    os.makedirs(f"{out}/pairs/short-lines", exist_ok=True)
    open(f"{out}/pairs/short-lines/{lang}.txt", "w").write(
        "\n".join(" ".join(words_from(5 * i, 5)) for i in range(50_000)) + "\n")
for n in names:
    shutil.copytree(os.path.join(root, n), f"{out}/pairs/{n}")
with open(f"{out}/pairs/manifest.csv", "w") as m:
    m.write("pair,id_path,en_path\n")
    for n in names[:3] + ["one-line"] + names[3:5] + ["short-lines"] + names[5:]:
        m.write(f"{n},{n}/id.txt,{n}/en.txt\n")
with open(f"{out}/stream.jsonl", "w") as s:
    s.write(json.dumps({"pair": "before", "id": read(names[0], "id"), "en": read(names[0], "en")}) + "\n")
    big = "Kata dia. " * 2_500_000
    s.write(json.dumps({"pair": "big", "id": big, "en": big}) + "\n")
    s.write(json.dumps({"pair": "after", "id": read(names[1], "id"), "en": read(names[1], "en")}) + "\n")
open(f"{out}/samples", "w").write("\n".join(names) + "\n")
PY
failed=0
verdict() {
  if [ "$1" = 0 ]; then echo "  PASS: $2"; else echo "  FAIL: $2"; failed=1; fi
}
# timed NAME CMD...: runs CMD, prints its time and memory, leaves its exit
# code in $rc, its time in $secs.
timed() {
  local name=$1; shift
  rc=0
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" || rc=$?
  read -r secs user sys kb < <(tail -n 1 "$work/time")
  printf "%-44s %7.2f s wall %7.2f s CPU %8.1f MB peak  exit %s\n" "$name" "$secs" \
    "$(echo "$user + $sys" | bc)" "$(echo "scale=1; $kb / 1024" | bc)" "$rc"
}
[ -x /usr/bin/bc ] || { apt-get update >/dev/null && apt-get install -y bc >/dev/null; }
for lang in id en; do
  timed "quotes, 20 MB ($lang)" "$kutip" quotes --lang "$lang" "$work/big.$lang.txt" -o "$work/q.csv"
  verdict "$(echo "$secs <= 30" | bc | grep -qx 1; echo $?)" "quotes in $secs s, $(($(wc -l < "$work/q.csv") - 1)) quotes"
done
for p in one-line short-lines; do
  d=$work/pairs/$p
  timed "align, $p" "$kutip" align -q --id "$d/id.txt" --en "$d/en.txt" -o "$work/a.csv"
  rows=$(($(wc -l < "$work/a.csv") - 1))
  verdict "$([ "$rc" = 0 ] && [ "$rows" -gt 0 ]; echo $?)" "$p: $rows rows"
  timed "align, $p, --max-bytes 1000000" "$kutip" align -q --max-bytes 1000000 \
    --id "$d/id.txt" --en "$d/en.txt" -o "$work/a.csv" --errors "$work/e.csv"
  # A single pair that cannot be aligned exits 2 (nothing useful was done).
  verdict "$([ "$rc" = 2 ] && grep -q "over the limit" "$work/e.csv"; echo $?)" "$p over the limit: a clear error per side ($(sed -n 2p "$work/e.csv" | cut -c1-90))"
done
timed "manifest, the two among the samples" "$kutip" align -q --manifest "$work/pairs/manifest.csv" -o "$work/m.csv"
missing=0
while read -r n; do grep -q "^$n," "$work/m.csv" || missing=$((missing + 1)); done < "$work/samples"
verdict "$([ "$rc" = 0 ] && [ "$missing" = 0 ]; echo $?)" "every sample pair written ($missing missing)"
timed "stream, a 50 MB record between two" "$kutip" align -q --jsonl "$work/stream.jsonl" \
  -o "$work/s.jsonl" --errors "$work/s-errors.csv"
errors=$(($(wc -l < "$work/s-errors.csv") - 1))
verdict "$([ "$rc" = 1 ] && grep -q '"pair":"before"' "$work/s.jsonl" && grep -q '"pair":"after"' "$work/s.jsonl" && [ "$errors" = 1 ]; echo $?)" \
  "before and after written, $errors error: $(sed -n 2p "$work/s-errors.csv" | cut -c1-100)"
exit $failed
