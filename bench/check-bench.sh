#!/usr/bin/env bash
# captureguard check over the Go standard library next to `go vet -loopclosure -defers std`, in
# one run: wall time, CPU time and peak memory (GNU time), JVM start and Go compilation included,
# and whether every go vet finding is also a captureguard finding. Needs what
# .ci/install-test-deps installs, GNU time (/usr/bin/time) and the jar (mvn -B -ntp -DskipTests
# install, or ./captureguard once). Writes bench/out/check.txt; record the figures in
# docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
GOROOT_SRC=${1:-/usr/lib/go-1.22/src}
GO=${GO:-/usr/lib/go-1.22/bin/go}
RUNS=${RUNS:-3}
JAR=$(realpath -m "${JAR:-lsp-server/target/captureguard.jar}")
out=$PWD/bench/out
mkdir -p "$out"
[ -f "$JAR" ] || { echo "check-bench: build the jar first: mvn -B -ntp -DskipTests install" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "check-bench: needs GNU time (apt-get install time)" >&2; exit 2; }
export GOTOOLCHAIN=local GOFLAGS=

# The packages `go vet std` covers: everything under src/ except cmd/ (not part of std).
mapfile -t roots < <(find -L "$GOROOT_SRC" -mindepth 1 -maxdepth 1 -type d ! -name cmd ! -name testdata | sort)

# One measured command: prints "wall_s user_s sys_s maxrss_kb exit".
measure() {
  local log
  log=$(mktemp)
  set +e
  /usr/bin/time -f '%e %U %S %M %x' -o "$log" "$@" >"$out/last.stdout" 2>"$out/last.stderr"
  set -e
  tail -1 "$log"
  rm -f "$log"
}

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

# The launcher's flags for check (./captureguard): C1 only, serial GC, deep stacks. --no-cache:
# these runs measure the analysis; the result cache has its section below.
CG=(java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss16m -jar "$JAR" check --no-progress --exit-zero --no-cache)
CG_CACHED=(java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss16m -jar "$JAR" check --no-progress --exit-zero -v)

{
  echo "# $(date -u +%F) on $(nproc) cores, $(java -version 2>&1 | head -1), $("$GO" version)"
  echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "## captureguard check, the packages go vet std covers (src/ without cmd/), $RUNS runs"
  : > "$out/cg.runs"
  for i in $(seq "$RUNS"); do
    m=$(measure "${CG[@]}" "${roots[@]}")
    echo "run $i: wall ${m%% *} s; user sys maxrss_kb exit: ${m#* }"
    echo "$m" >> "$out/cg.runs"
  done
  cp "$out/last.stdout" "$out/cg-std.txt"
  tail -1 "$out/last.stderr"
  echo "median wall: $(cut -d' ' -f1 "$out/cg.runs" | median) s, median peak RSS: $(cut -d' ' -f4 "$out/cg.runs" | median) KB"

  echo "## the same with the JVM's default JIT (C1 then C2), 1 run"
  m=$(measure java -XX:+UseSerialGC -Xss16m -jar "$JAR" check --no-progress --exit-zero --no-cache "${roots[@]}")
  echo "wall ${m%% *} s; user sys maxrss_kb exit: ${m#* }"

  echo "## captureguard check with the result cache: an empty one, then $RUNS warm runs (load average with each)"
  ccache=$(mktemp -d)
  m=$(measure "${CG_CACHED[@]}" --cache-dir "$ccache" "${roots[@]}")
  echo "cold: wall ${m%% *} s; user sys maxrss_kb exit: ${m#* }; load $(cut -d' ' -f1 /proc/loadavg); $(tail -1 "$out/last.stderr")"
  cmp -s "$out/last.stdout" "$out/cg-std.txt" && echo "cold output: the same as without the cache" || echo "cold output: DIFFERS from the run without the cache"
  : > "$out/cg-warm.runs"
  for i in $(seq "$RUNS"); do
    m=$(measure "${CG_CACHED[@]}" --cache-dir "$ccache" "${roots[@]}")
    echo "warm run $i: wall ${m%% *} s; user sys maxrss_kb exit: ${m#* }; load $(cut -d' ' -f1 /proc/loadavg); $(tail -1 "$out/last.stderr")"
    echo "$m" >> "$out/cg-warm.runs"
  done
  cmp -s "$out/last.stdout" "$out/cg-std.txt" && echo "warm output: the same as without the cache" || echo "warm output: DIFFERS from the run without the cache"
  echo "cache size: $(du -sh "$ccache" | cut -f1)"
  rm -rf "$ccache"
  warm_cg=$(cut -d' ' -f1 "$out/cg-warm.runs" | median)

  echo "## captureguard check, the whole of src/ (cmd/ included), 1 run"
  m=$(measure "${CG[@]}" "$GOROOT_SRC")
  echo "wall ${m%% *} s; user sys maxrss_kb exit: ${m#* }"
  tail -1 "$out/last.stderr"

  echo "## go vet -loopclosure -defers std, empty build cache (as a CI job without a cache)"
  cache=$(mktemp -d)
  m=$(cd "$GOROOT_SRC" && measure env GOCACHE="$cache" "$GO" vet -loopclosure -defers std)
  echo "wall ${m%% *} s; user sys maxrss_kb exit: ${m#* } (maxrss: the largest single process)"
  cp "$out/last.stderr" "$out/vet-std.txt"
  echo "## go vet -loopclosure -defers std, warm build cache (the same command again)"
  m=$(cd "$GOROOT_SRC" && measure env GOCACHE="$cache" "$GO" vet -loopclosure -defers std)
  echo "wall ${m%% *} s; user sys maxrss_kb exit: ${m#* }; load $(cut -d' ' -f1 /proc/loadavg)"
  rm -rf "$cache"
  echo "warm go vet / warm captureguard check (median): $(awk -v v="${m%% *}" -v c="$warm_cg" 'BEGIN {printf "%.1f", v / c}')x"

  echo "## go vet findings also reported by captureguard (same file and line)"
  # go vet prints paths relative to GOROOT/src ("net/http/x.go:12:3: ..."), or absolute.
  grep -E '^[^#].*\.go:[0-9]+:[0-9]+: ' "$out/vet-std.txt" | sed -E "s|^$GOROOT_SRC/||; s|^\./||" \
    | awk -F: '{print $1 ":" $2}' | sort -u > "$out/vet.lines" || true
  sed -E "s|^$GOROOT_SRC/||" "$out/cg-std.txt" | awk -F: '{print $1 ":" $2}' | sort -u > "$out/cg.lines"
  echo "go vet: $(wc -l < "$out/vet.lines") lines with findings; captureguard: $(wc -l < "$out/cg.lines")"
  missed=$(comm -23 "$out/vet.lines" "$out/cg.lines")
  echo "missed by captureguard: $( [ -z "$missed" ] && echo 0 || echo "$missed" | wc -l)"
  [ -z "$missed" ] || echo "$missed"
  echo "captureguard findings by rule:"
  sed -E 's/.*\(([a-z-]+)\)$/\1/' "$out/cg-std.txt" | sort | uniq -c | sort -rn

  # The standard library is at go 1.22, where loopclosure has nothing to say; examples/ is at 1.21.
  # go vet also checks generated files, which captureguard skips unless asked: here it is asked.
  echo "## examples/ (go 1.21): go vet findings also reported by captureguard"
  (cd examples && "$GO" vet -loopclosure -defers ./... 2>&1 || true) | grep -E '\.go:[0-9]+:[0-9]+: ' \
    | sed -E 's|^\./||' | awk -F: '{print $1 ":" $2}' | sort -u > "$out/vet-examples.lines"
  (cd examples && "${CG[@]}" --include-generated . 2>/dev/null || true) | awk -F: '{print $1 ":" $2}' | sort -u > "$out/cg-examples.lines"
  echo "go vet: $(tr '\n' ' ' < "$out/vet-examples.lines")"
  echo "missed by captureguard: $(comm -23 "$out/vet-examples.lines" "$out/cg-examples.lines" | tr '\n' ' ')"
} | tee "$out/check.txt"
