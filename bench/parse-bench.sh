#!/usr/bin/env bash
# Parse speed, side by side in one run: captureguard's parser (warm, single thread) and go/parser
# over the same files, the cold first parse of net/http/server.go, and the DFA cache's size.
# Needs what .ci/install-test-deps installs. Results go to bench/out/parse.txt; record them in
# docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=${1:-/usr/lib/go-1.22/src}
GO=${GO:-/usr/lib/go-1.22/bin/go}
. bench/lib.sh
javac -d "$out/classes" -cp "$cp" bench/parser/*.java
(cd tools/goref && GOTOOLCHAIN=local "$GO" build -o "../../$out/goref" .)

{
  echo "# $(date -u +%F) on $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "## go/parser (best of 5 passes, same files)"
  "$out/goref" parsebench "$ROOT" 5
  echo "## captureguard (2 warm-up passes, best and median of 5)"
  java -Xmx2g -Xss8m -XX:+UseParallelGC -cp "$out/classes:$cp" ParseThroughput "$ROOT" 2 5
  echo "## cold JVM, first parse of net/http/server.go (median of 5 runs)"
  for i in 1 2 3 4 5; do
    java -Xss8m -cp "$out/classes:$cp" ColdParse "$ROOT/net/http/server.go"
  done | sort | awk -F': ' '{v[$1]=v[$1]" "$2} END {for (k in v) print k ":" v[k]}'
} | tee "$out/parse.txt"
