#!/usr/bin/env bash
# Batch throughput and memory of `kutip align` on synthetic corpora.
#
# usage: scripts/bench.sh [N ...]          (default: 1000 10000 100000)
#   env: MODES="manifest stream"  input modes to time (default both)
#        THREADS=2                 threads for the main runs
#        SPEEDUP_N=2000            size of the 1-thread vs 2-thread comparison (0: none)
#        WORK=DIR                  where corpora go (default: a temp dir, removed)
#        COMPARE=BINARY            also time another kutip build on the same
#                                  corpora, alternating with this one, best of 3
#                                  each, and print the ratio of their speeds
#
# For each N, scripts/synth_corpus.py builds N distinct pairs from
# corpora/samples (deterministic perturbations: dropped and swapped
# paragraphs, changed numbers), as files with a manifest and as one JSONL
# stream. Each run is timed with /usr/bin/time -v: wall-clock pairs/s,
# pairs per CPU-second (user+sys, less sensitive to other load on a shared
# machine), and peak resident memory. The speed-up is measured on the same
# corpus in the same run; the 1- and 2-thread outputs are checked to be
# byte-identical.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
modes=${MODES:-manifest stream}
threads=${THREADS:-2}
speedup_n=${SPEEDUP_N:-2000}
if [ ! -x /usr/bin/time ]; then
  apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi
cargo build --release --quiet
kutip=${CARGO_TARGET_DIR:-$PWD/target}/release/kutip
if [ -n "${WORK:-}" ]; then
  work=$WORK; mkdir -p "$work"
else
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fi
echo "machine: $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# run NAME N ARGS...: times one kutip run ($bin, default this build),
# prints one line, leaves the output in $work/out.
run() {
  local name=$1 n=$2; shift 2
  /usr/bin/time -v "${bin:-$kutip}" align -q "$@" 2>"$work/time.txt" >/dev/null || {
    local rc=$?; [ $rc -eq 1 ] || { cat "$work/time.txt"; exit $rc; }
  }
  python3 - "$work/time.txt" "$name" "$n" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
def get(k):
    return re.search(re.escape(k) + r":\s*(.+)", t).group(1).strip()
wall = get("Elapsed (wall clock) time (h:mm:ss or m:ss)")
parts = [float(x) for x in wall.split(":")]
secs = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
cpu = float(get("User time (seconds)")) + float(get("System time (seconds)"))
rss = int(get("Maximum resident set size (kbytes)")) / 1024
n = int(sys.argv[3])
open(sys.argv[1] + ".secs", "w").write(f"{secs}\n")
print(f"{sys.argv[2]:<28} {n:>7} pairs  {secs:8.1f} s  {n / secs:7.0f} pairs/s  "
      f"{n / cpu:6.0f} pairs/CPU-s  peak {rss:6.1f} MB")
PY
}

for n in "${sizes[@]}"; do
  dir=$work/syn-$n
  if [ ! -f "$dir/stream.jsonl" ]; then
    python3 scripts/synth_corpus.py "$n" "$dir" 2>/dev/null
  fi
  for mode in $modes; do
    case $mode in
      manifest) args=(--manifest "$dir/manifest.csv" --threads "$threads" -o "$work/out.csv") ;;
      stream) args=(--jsonl "$dir/stream.jsonl" --threads "$threads" -o "$work/out.jsonl") ;;
    esac
    if [ -z "${COMPARE:-}" ]; then
      run "$mode, $threads threads" "$n" "${args[@]}"
      continue
    fi
    # This build and the other in turn, so that other load on a shared
    # machine hits both alike; the best of three runs each.
    best_this=999999; best_other=999999
    for rep in 1 2 3; do
      bin=$COMPARE run "$mode, other (run $rep)" "$n" "${args[@]}"
      best_other=$(python3 -c "print(min($best_other, $(cat "$work/time.txt.secs")))")
      bin=$kutip run "$mode, this (run $rep)" "$n" "${args[@]}"
      best_this=$(python3 -c "print(min($best_this, $(cat "$work/time.txt.secs")))")
    done
    python3 -c "t, o = $best_this, $best_other; print(f'$mode, $n pairs, best of 3: this {$n / t:.0f} pairs/s, other {$n / o:.0f} pairs/s, ratio {o / t:.3f}')"
  done
done

[ "$speedup_n" -gt 0 ] || exit 0
n=$speedup_n
dir=$work/syn-$n
[ -f "$dir/stream.jsonl" ] || python3 scripts/synth_corpus.py "$n" "$dir" --no-files 2>/dev/null
# Best of three runs each, alternating, so that other load on a shared
# machine hits both thread counts alike.
t1=999999; t2=999999
for rep in 1 2 3; do
  run "stream, 1 thread (run $rep)" "$n" --jsonl "$dir/stream.jsonl" --threads 1 -o "$work/t1.jsonl"
  t1=$(python3 -c "print(min($t1, $(cat "$work/time.txt.secs")))")
  run "stream, 2 threads (run $rep)" "$n" --jsonl "$dir/stream.jsonl" --threads 2 -o "$work/t2.jsonl"
  t2=$(python3 -c "print(min($t2, $(cat "$work/time.txt.secs")))")
done
cmp -s "$work/t1.jsonl" "$work/t2.jsonl" && same=identical || same=DIFFERENT
echo "speed-up 1 -> 2 threads at $n pairs (best of 3 each): $(python3 -c "print(f'{$t1 / $t2:.2f}')")x (outputs $same)"
[ "$same" = identical ]
