#!/usr/bin/env bash
# The language server as an editor meets it: the jar started as a process and driven over LSP by
# bench/lsp/LspLatency.java (start to first diagnostics, didChange to publishDiagnostics over
# 1,000 edits of a 5,000-line file, code action replies, heap with 500 files open, and with
# default settings: 30 ms keystroke bursts, CPU per keystroke, fix-all and its resolve). Results go
# to bench/out/lsp-latency.txt; record them in docs/benchmarks.md. An argument (start, edits, heap,
# sched) runs that one measurement only. SERVER_JVM_OPTIONS adds JVM flags to the server (a flight
# recording, say).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-lsp-server/target/captureguard.jar}
if [ ! -f "$JAR" ]; then
  echo "lsp-latency: $JAR is missing; build it first (mvn -B -ntp -DskipTests package)" >&2
  exit 2
fi
out=bench/out
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
{
  echo "# $(date -u +%F) on $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
  java -cp "$JAR" bench/lsp/LspLatency.java "$JAR" "$work" "${1:-all}"
} | tee "$out/lsp-latency.txt"
