#!/usr/bin/env python3
"""Run `kutip align` as a worker under Apache Spark (PySpark).

usage: scripts/spark_align.py INPUT OUT_DIR [--kutip PATH] [--master URL]
                              [--partitions N] [--unit quote|sentence]

INPUT is a manifest (CSV `pair,id_path,en_path`, one pair per line, an
optional header; relative paths are taken from the manifest's folder) or a
JSONL stream (`.jsonl`: one {"pair","id","en"} object per line, texts
inline). Spark splits it into partitions and pipes each partition, as JSONL,
through `kutip align --jsonl -` (RDD.pipe); kutip writes one JSON row per
line back. The rows are saved as OUT_DIR/part-00000, part-00001, ... in
partition order, so their concatenation is the single-process output
(`kutip align --manifest INPUT --format jsonl`) byte for byte: Spark keeps
the order of lines within a partition and of the partitions.

Manifest rows are sent to kutip as {"pair","id_path","en_path"} with
absolute paths (kutip runs with --allow-any-path: the manifest is the
user's own): on a cluster the article files must be on storage every
worker can read; a JSONL stream with the texts inline needs no shared files.
A pair that fails (missing file, not UTF-8, empty side, malformed line) is
reported by kutip on the worker's stderr (the Spark executor log) and the
other pairs are written; kutip's exit status 1 for such a batch is accepted,
2 (a fatal error) fails the Spark task.

Defaults run Spark in local mode on this machine: --master local[2], the web
UI off, driver bound to 127.0.0.1. On a cluster, give --master and ship the
kutip binary to the workers (e.g. spark-submit --files target/release/kutip
and --kutip ./kutip).
"""
import argparse
import csv
import json
import os
import shlex
import sys


def manifest_line_to_json(base):
    def convert(line):
        line = line.lstrip("\ufeff")
        if not line.strip():
            return []
        row = next(csv.reader([line]))
        if row == ["pair", "id_path", "en_path"]:
            return []
        if len(row) != 3:
            # kutip reports it as a malformed line, naming the pair if any.
            return [json.dumps({"pair": row[0] if row else "", "manifest_row": row})]
        pair, id_path, en_path = row
        return [json.dumps({
            "pair": pair,
            "id_path": os.path.join(base, id_path),
            "en_path": os.path.join(base, en_path),
        }, ensure_ascii=False)]
    return convert


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input")
    ap.add_argument("out_dir")
    ap.add_argument("--kutip", default=os.path.join(os.path.dirname(__file__), "..", "target", "release", "kutip"))
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--unit", default="quote", choices=["quote", "sentence"])
    args = ap.parse_args()

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master(args.master).appName("kutip-align")
             .config("spark.ui.enabled", "false")
             .config("spark.driver.host", "127.0.0.1")
             .config("spark.driver.bindAddress", "127.0.0.1")
             .config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    sc = spark.sparkContext
    kutip = os.path.abspath(args.kutip) if os.path.exists(args.kutip) else args.kutip
    lines = sc.textFile(os.path.abspath(args.input), minPartitions=args.partitions)
    if not args.input.endswith((".jsonl", ".ndjson")):
        base = os.path.dirname(os.path.abspath(args.input))
        lines = lines.flatMap(manifest_line_to_json(base))
    # Exit status 1 means "some pairs failed, the rest is written": keep the
    # rows; anything else fails the task.
    cmd = (f"{shlex.quote(kutip)} align --jsonl - --allow-any-path --format jsonl --unit {args.unit} -q; "
           "rc=$?; [ $rc -le 1 ]")
    rows = lines.pipe(f"sh -c {shlex.quote(cmd)}")
    rows.saveAsTextFile(os.path.abspath(args.out_dir))
    spark.stop()


if __name__ == "__main__":
    main()
