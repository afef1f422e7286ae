#!/usr/bin/env bash
# A whole analysis (parse, model, all six rules) of 5,000-line files, warm, as the language
# server runs it after each edit. Writes bench/out/analysis.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=${1:-/usr/lib/go-1.22/src}
. bench/lib.sh
javac -d "$out/classes" -cp "$cp" bench/analysis/*.java
{
  echo "# $(date -u +%F) on $(nproc) cores, $(java -version 2>&1 | head -1)"
  for f in database/sql/sql_test.go cmd/internal/obj/s390x/asmz.go net/http/transport_test.go; do
    java -Xss16m -XX:+UseParallelGC -cp "$out/classes:$cp" AnalysisBench "$SRC/$f" 200
  done
} | tee "$out/analysis.txt"
