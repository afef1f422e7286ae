#!/usr/bin/env bash
# The semantic model of 5,000-line files, warm: bindings and loop headers, then light types of
# every local variable, with the parse time beside them. Writes bench/out/model.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=${1:-/usr/lib/go-1.22/src}
. bench/lib.sh
javac -d "$out/classes" -cp "$cp" bench/model/*.java
{
  echo "# $(date -u +%F) on $(nproc) cores, $(java -version 2>&1 | head -1)"
  for f in database/sql/sql_test.go cmd/internal/obj/s390x/asmz.go; do
    java -Xss16m -XX:+UseParallelGC -cp "$out/classes:$cp" ModelBench "$SRC/$f" 300
  done
} | tee "$out/model.txt"
