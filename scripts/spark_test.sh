#!/usr/bin/env bash
# Checks that kutip under Spark (scripts/spark_align.py, PySpark local mode)
# writes exactly what one process writes, for a manifest and for a JSONL
# stream. Needs Java 17+ and pyspark (`pip install pyspark`, ~300 MB);
# prints a skip line and exits 0 when either is missing, unless
# KUTIP_SPARK_REQUIRED=1.
# usage: scripts/spark_test.sh [N_PAIRS]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-60}
if ! command -v java >/dev/null || ! python3 -c "import pyspark" 2>/dev/null; then
  echo "spark_test: skipped (needs java and pyspark: pip install pyspark)"
  [ "${KUTIP_SPARK_REQUIRED:-0}" = 1 ] && exit 1 || exit 0
fi
cargo build --release --quiet
kutip=${CARGO_TARGET_DIR:-$PWD/target}/release/kutip
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 scripts/synth_corpus.py "$n" "$tmp/corpus" 2>/dev/null
# A missing file: reported by the worker, the other pairs still written.
printf 'broken,pairs/nope/id.txt,pairs/nope/en.txt\n' >> "$tmp/corpus/manifest.csv"
start=$(date +%s)
status=0
"$kutip" align -q --manifest "$tmp/corpus/manifest.csv" --format jsonl > "$tmp/single.jsonl" 2>/dev/null || status=$?
[ "$status" -eq 1 ] || { echo "spark_test: expected exit 1 for the broken pair, got $status"; exit 1; }
python3 scripts/spark_align.py --kutip "$kutip" "$tmp/corpus/manifest.csv" "$tmp/spark-manifest" --partitions 4 2>"$tmp/spark.log" \
  || { cat "$tmp/spark.log"; exit 1; }
cat "$tmp"/spark-manifest/part-* > "$tmp/spark-manifest.jsonl"
"$kutip" align -q --jsonl "$tmp/corpus/stream.jsonl" > "$tmp/single-stream.jsonl"
python3 scripts/spark_align.py --kutip "$kutip" "$tmp/corpus/stream.jsonl" "$tmp/spark-stream" --partitions 3 2>>"$tmp/spark.log" \
  || { cat "$tmp/spark.log"; exit 1; }
cat "$tmp"/spark-stream/part-* > "$tmp/spark-stream.jsonl"
ok=0
if cmp -s "$tmp/single.jsonl" "$tmp/spark-manifest.jsonl"; then ok=$((ok + 1)); else echo "spark_test: manifest output differs"; fi
if cmp -s "$tmp/single-stream.jsonl" "$tmp/spark-stream.jsonl"; then ok=$((ok + 1)); else echo "spark_test: stream output differs"; fi
grep -q "pair broken" "$tmp/spark.log" || { echo "spark_test: the broken pair was not reported by the worker"; ok=0; }
rows=$(wc -l < "$tmp/single.jsonl")
echo "spark_test: $n pairs, $rows rows; Spark (local[2], 4 and 3 partitions) == single process for manifest and stream; $(( $(date +%s) - start )) s"
if [ "$ok" -eq 2 ]; then echo "2 passed, 0 failed"; else echo "$ok passed, $((2 - ok)) failed"; exit 1; fi
