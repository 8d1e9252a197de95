#!/usr/bin/env bash
# Standalone jar start-up time: from the README's start command to the first answered request.
#
#   bench/startup.sh [RUNS]                         # default 15 runs, in-memory
#   DATA_DIR=1 bench/startup.sh 15                  # with --data-dir (a fresh folder each run)
#   PLAIN=1 bench/startup.sh                        # plain `java -jar` (no archive, default flags)
#   JAVA_OPTS="-XX:TieredStopAtLevel=1" bench/startup.sh   # extra JVM flags, either way
#   JAR=/path/to/other.jar bench/startup.sh         # compare two builds (plain `java -jar`)
#
# By default each run starts emulator/target/objectlock-emulator, the launcher the build writes
# next to the jar (class archive plus its JVM flags), as the README does; it builds the jar and
# the launcher first if they are missing. Each run starts the emulator with
# --port 0, waits for its "listening on" line (printed once it serves), then times one
# GET /_emulator/health and one S3 request (ListBuckets) with curl, and stops the process.
# Nothing polls while the JVM starts, so the measurement does not slow down what it measures.
# Prints median, min and max, and the CPU time the JVM used, which unlike wall time hardly
# moves when other work shares the machine.
set -euo pipefail

RUNS="${1:-15}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LAUNCHER="$ROOT/emulator/target/objectlock-emulator"
if [[ -n "${JAR:-}" ]]; then PLAIN=1; fi
JAR="${JAR:-$ROOT/emulator/target/objectlock-emulator.jar}"
JAVA="${JAVA:-java}"
read -r -a JAVA_OPTS_ARRAY <<< "${JAVA_OPTS:-}"

command -v curl >/dev/null || { echo "startup.sh needs curl" >&2; exit 1; }
if [[ ! -f "$JAR" || ( -z "${PLAIN:-}" && ! -x "$LAUNCHER" ) ]]; then
  echo "building $JAR ..." >&2
  (cd "$ROOT" && mvn -B -q -DskipTests -pl emulator -am package) >&2
fi
if [[ -n "${PLAIN:-}" ]]; then
  start=("$JAVA" "${JAVA_OPTS_ARRAY[@]}" -jar "$JAR")
  how="java -jar"
else
  start=(env JAVA="$JAVA" JAVA_OPTS="${JAVA_OPTS:-}" "$LAUNCHER")
  how="launcher"
fi

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
TICKS="$(getconf CLK_TCK)"
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

listening=(); health=(); first_s3=(); cpu=()
pid=""; workdir=""
cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  if [[ -n "$workdir" ]]; then rm -rf "$workdir"; fi
}
trap cleanup EXIT

for ((i = 1; i <= RUNS; i++)); do
  args=(--port 0)
  if [[ -n "${DATA_DIR:-}" ]]; then
    workdir="$(mktemp -d)"
    args+=(--data-dir "$workdir/data")
  fi
  t0=$(now_ms)
  coproc EMULATOR { exec "${start[@]}" "${args[@]}" 2>/dev/null; }
  pid=$EMULATOR_PID
  url=""
  while read -r line <&"${EMULATOR[0]}"; do
    if [[ "$line" =~ listening\ on\ (http://[^ ]+) ]]; then url="${BASH_REMATCH[1]}"; break; fi
  done
  [[ -n "$url" ]] || { echo "run $i: the emulator exited before serving" >&2; exit 1; }
  tl=$(now_ms)
  status=$(curl -s -o /dev/null -w '%{http_code}' "$url/_emulator/health")
  t1=$(now_ms)
  [[ "$status" == 200 ]] || { echo "run $i: health answered $status" >&2; exit 1; }
  status=$(curl -s -o /dev/null -w '%{http_code}' "$url/")
  t2=$(now_ms)
  [[ "$status" == 200 ]] || { echo "run $i: ListBuckets answered $status" >&2; exit 1; }
  read -r -a stat < "/proc/$pid/stat"
  cpu+=($(( (stat[13] + stat[14]) * 1000 / TICKS )))
  listening+=($((tl - t0))); health+=($((t1 - t0))); first_s3+=($((t2 - t0)))
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  if [[ -n "$workdir" ]]; then rm -rf "$workdir"; workdir=""; fi
done

stats() {
  sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "median %6.0f ms   min %6d ms   max %6d ms\n", m, v[1], v[NR] }'
}
echo "standalone jar start ($how, $([[ -n "${DATA_DIR:-}" ]] && echo --data-dir || echo in-memory)${JAVA_OPTS:+, $JAVA_OPTS}), $RUNS runs, $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
printf '  "listening on" printed:     '; printf '%s\n' "${listening[@]}" | stats
printf '  health answered:            '; printf '%s\n' "${health[@]}" | stats
printf '  first ListBuckets answered: '; printf '%s\n' "${first_s3[@]}" | stats
printf '  CPU used until then:        '; printf '%s\n' "${cpu[@]}" | stats
echo "  load average before/after:  $LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg)"
