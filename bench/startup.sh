#!/usr/bin/env bash
# Standalone jar start-up time: from `java -jar` to the first answered request.
#
#   bench/startup.sh [RUNS]            # default 15 runs, in-memory
#   DATA_DIR=1 bench/startup.sh 15     # with --data-dir (a fresh folder each run)
#   JAVA_OPTS="-XX:TieredStopAtLevel=1" bench/startup.sh
#   JAR=/path/to/other.jar bench/startup.sh     # compare two builds
#
# Builds emulator/target/objectlock-emulator.jar if it is missing. Each run starts the jar on
# 127.0.0.1:$PORT, polls GET /_emulator/health with curl every 5 ms until it answers 200, then
# sends one S3 request (ListBuckets) and stops the process. Prints median, min and max.
set -euo pipefail

RUNS="${1:-15}"
PORT="${PORT:-9555}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${JAR:-$ROOT/emulator/target/objectlock-emulator.jar}"
JAVA="${JAVA:-java}"
read -r -a JAVA_OPTS_ARRAY <<< "${JAVA_OPTS:-}"

command -v curl >/dev/null || { echo "startup.sh needs curl" >&2; exit 1; }
if [[ ! -f "$JAR" ]]; then
  echo "building $JAR ..." >&2
  (cd "$ROOT" && mvn -B -q -DskipTests package) >&2
fi
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "port $PORT is in use; set PORT=..." >&2
  exit 1
fi

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

health=()
first_s3=()
cpu=()
ticks=$(getconf CLK_TCK)
pid=""
workdir=""
cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  if [[ -n "$workdir" ]]; then rm -rf "$workdir"; fi
}
trap cleanup EXIT

for ((i = 1; i <= RUNS; i++)); do
  args=(--port "$PORT")
  if [[ -n "${DATA_DIR:-}" ]]; then
    workdir="$(mktemp -d)"
    args+=(--data-dir "$workdir/data")
  fi
  t0=$(now_ms)
  "$JAVA" "${JAVA_OPTS_ARRAY[@]}" -jar "$JAR" "${args[@]}" >/dev/null 2>&1 &
  pid=$!
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/_emulator/health")" == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "run $i: the emulator exited before answering" >&2; exit 1; }
    sleep 0.005
  done
  t1=$(now_ms)
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/")
  t2=$(now_ms)
  [[ "$status" == 200 ]] || { echo "run $i: ListBuckets answered $status" >&2; exit 1; }
  health+=($((t1 - t0)))
  first_s3+=($((t2 - t0)))
  # CPU time (user + system, all threads) the JVM used up to here: unlike wall time, it hardly
  # moves when other work shares the machine
  read -r -a stat < "/proc/$pid/stat" 2>/dev/null && cpu+=($(( (stat[13] + stat[14]) * 1000 / ticks )))
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  if [[ -n "$workdir" ]]; then rm -rf "$workdir"; workdir=""; fi
done

stats() {
  sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "median %6.0f ms   min %6d ms   max %6d ms\n", m, v[1], v[NR] }'
}
echo "standalone jar start ($([[ -n "${DATA_DIR:-}" ]] && echo --data-dir || echo in-memory)), $RUNS runs, $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
printf '  health answered:           '; printf '%s\n' "${health[@]}" | stats
printf '  first ListBuckets answered: '; printf '%s\n' "${first_s3[@]}" | stats
if ((${#cpu[@]})); then printf '  CPU used until then:        '; printf '%s\n' "${cpu[@]}" | stats; fi
echo "  load average before/after: $LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg)"
