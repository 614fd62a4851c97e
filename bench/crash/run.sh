#!/usr/bin/env bash
# Crash benchmark: a resident submits reports with Idempotency-Keys, the JVM is killed with SIGKILL in the middle of
# the load (its embedded PostgreSQL is left running, as after any JVM crash), the platform is started again on the
# same data, every request that got no answer is sent again with its key, and the reports are counted in the
# database. Loopback only. Prints and writes acknowledged / lost / duplicated / unresolved for every run.
#
#   bench/crash/run.sh target/opencity-0.1.0-SNAPSHOT.jar
#
# Settings (environment):
#   RUNS         3                          crash runs, one after the other, on the same data
#   PORT         18090                      the platform listens on http://127.0.0.1:$PORT
#   DATA_DIR     /tmp/crash-data-<time>     --opencity.data-dir (embedded PostgreSQL in $DATA_DIR/postgres); kept
#   CLIENTS      16                         concurrent submitting clients
#   KILL_MIN     4                          the JVM is killed a random number of seconds after the load starts,
#   KILL_MAX     12                         between KILL_MIN and KILL_MAX
#   KILL         jvm                        jvm: SIGKILL to the JVM only (its PostgreSQL keeps running, an orphan);
#                                           all: SIGKILL to the JVM and to PostgreSQL with its workers (as systemd's
#                                           KillMode=mixed does to what is left of a crashed service)
#   RETRY_FOR    120                        seconds the retries may take before a request counts as unresolved
#   START_WAIT   300                        seconds a start may take (the first one migrates and loads the demo data)
#   JAVA_OPTS    "-Xms512m -Xmx512m"
#   MAX_SECONDS  1800                       hard limit for the whole script
#   OUT          /tmp/bench-crash-<time>    server logs, journals, database dumps, results.tsv
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${1:?usage: bench/crash/run.sh <jar>}
RUNS=${RUNS:-3}
PORT=${PORT:-18090}
STAMP=$(date -u +%Y%m%d-%H%M%S)
DATA_DIR=$(realpath -m "${DATA_DIR:-/tmp/crash-data-$STAMP}")
CLIENTS=${CLIENTS:-16}
KILL_MIN=${KILL_MIN:-4}
KILL_MAX=${KILL_MAX:-12}
KILL=${KILL:-jvm}
RETRY_FOR=${RETRY_FOR:-120}
START_WAIT=${START_WAIT:-300}
JAVA_OPTS=${JAVA_OPTS:-"-Xms512m -Xmx512m"}
MAX_SECONDS=${MAX_SECONDS:-1800}
OUT=${OUT:-/tmp/bench-crash-$STAMP}
BASE=http://127.0.0.1:$PORT
PG_DIR=$DATA_DIR/postgres

[[ -f $JAR ]] || { echo "run.sh: no jar at $JAR" >&2; exit 2; }
[[ $KILL == jvm || $KILL == all ]] || { echo "run.sh: KILL must be jvm or all, got $KILL" >&2; exit 2; }
for tool in java curl psql python3 openssl; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing" >&2; exit 2; }
done
if curl -s -o /dev/null --max-time 2 "$BASE/actuator/health"; then
  echo "run.sh: something already answers on $BASE" >&2; exit 2
fi
mkdir -p "$OUT" "$DATA_DIR"
SERVER_PID=""
WATCHDOG=""

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$OUT/run.log" >&2; }

# The PostgreSQL server on $PG_DIR, if one runs: the pid in its postmaster.pid, if that process names the folder.
postmaster() {
  local pid
  pid=$(head -1 "$PG_DIR/postmaster.pid" 2>/dev/null || true)
  if [[ -n $pid ]] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "-D $PG_DIR "; then echo "$pid"; fi
}
# Every process whose command line is "postgres -D $PG_DIR ..." (there must never be two).
postmasters_on_folder() {
  local n=0 p
  for p in /proc/[0-9]*; do
    tr '\0' ' ' <"$p/cmdline" 2>/dev/null | grep -q -- "bin/postgres -D $PG_DIR " && n=$((n + 1))
  done
  echo "$n"
}

cleanup() {
  local rc=$?
  [[ -n $WATCHDOG ]] && kill $(pgrep -P "$WATCHDOG" 2>/dev/null) "$WATCHDOG" 2>/dev/null || true
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  local pm
  pm=$(postmaster)
  if [[ -n $pm ]]; then # left by a killed JVM: fast shutdown
    kill -INT "$pm" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pm" 2>/dev/null || break; sleep 0.5; done
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM
# The watchdog's sleep is ended with it (it holds the build lock's descriptor when run under flock).
( trap 'kill "$sp" 2>/dev/null; exit 0' TERM; sleep "$MAX_SECONDS" & sp=$!; wait "$sp" || exit 0
  echo "run.sh: MAX_SECONDS=$MAX_SECONDS reached, stopping" >&2; kill -TERM $$ ) 2>/dev/null &
WATCHDOG=$!

start_platform() { # $1 log file; sets SERVER_PID and STARTED_IN (seconds)
  local t0=$SECONDS
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --opencity.data-dir="$DATA_DIR" --opencity.base-url="$BASE" \
    >"$1" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 "$START_WAIT"); do
    grep -q "OpenCity is running" "$1" && break
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -40 "$1" >&2; log "the platform did not start (see $1)"; exit 1; }
    sleep 1
  done
  grep -q "OpenCity is running" "$1" || { log "no 'OpenCity is running' after ${START_WAIT}s (see $1)"; exit 1; }
  STARTED_IN=$((SECONDS - t0))
}

dump_reports() { # $1 run id, $2 file: "description<TAB>number" of the run's reports
  local port
  port=$(sed -n 4p "$PG_DIR/postmaster.pid")
  psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -XAtq -F $'\t' \
    -c "select description, number from rpt_report where description like 'Crash $1 %'" >"$2"
}

{
  echo "date_utc: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
  echo "java -version:"; java -version 2>&1 | sed 's/^/  /'
  echo "jar: $JAR ($(stat -c %y "$JAR"))"
  echo "settings: RUNS=$RUNS KILL=$KILL CLIENTS=$CLIENTS KILL_MIN=$KILL_MIN KILL_MAX=$KILL_MAX RETRY_FOR=$RETRY_FOR JAVA_OPTS=\"$JAVA_OPTS\" DATA_DIR=$DATA_DIR"
} | tee "$OUT/machine.txt" >&2

RESULTS=$OUT/results.tsv
printf 'run\tkilled_after_s\torphan_left\trestart_s\tpostmasters\trequests\tunanswered\tcommitted_unanswered\tretried\treplayed\tanswered_409\tacknowledged\tlost\tduplicated\tunresolved\n' >"$RESULTS"
failed=0
for run in $(seq 1 "$RUNS"); do
  id="$STAMP-r$run"
  dir=$OUT/run$run
  mkdir -p "$dir"
  log "run $run: starting the platform on $DATA_DIR"
  start_platform "$dir/server-before.log"
  log "  started in ${STARTED_IN}s (pid $SERVER_PID)"
  BASE=$BASE "$HERE/../reports/token.sh" >"$dir/token"

  kill_after=$((KILL_MIN + RANDOM % (KILL_MAX - KILL_MIN + 1)))
  log "  $CLIENTS clients submit; SIGKILL of the JVM after ${kill_after}s"
  python3 "$HERE/client.py" load "$BASE" "$dir/token" "$id" "$CLIENTS" $((kill_after + 60)) "$dir/journal.jsonl" \
    >"$dir/load.txt" 2>&1 &
  client=$!
  sleep "$kill_after"
  kill -KILL "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  orphan=$(postmaster)
  if [[ $KILL == all && -n $orphan ]]; then
    kill -KILL "$orphan" $(pgrep -P "$orphan") 2>/dev/null || true
    log "  JVM killed, and PostgreSQL (pid $orphan) with its workers"
    orphan="killed"
  else
    log "  JVM killed; PostgreSQL left running: ${orphan:-none}"
  fi
  wait "$client"
  log "  $(cat "$dir/load.txt")"

  log "  starting the platform again on the same data"
  start_platform "$dir/server-after.log"
  restart_s=$STARTED_IN
  count=$(postmasters_on_folder)
  log "  started in ${restart_s}s (pid $SERVER_PID); PostgreSQL servers on the folder: $count"
  grep -o -E '(A PostgreSQL server \(pid [0-9]+, port [0-9]+\) that an earlier run did not stop|postmaster.pid names process).*' \
    "$dir/server-after.log" | head -1 | sed 's/^/  /' >&2 || true
  dump_reports "$id" "$dir/db-before-retry.tsv"
  BASE=$BASE "$HERE/../reports/token.sh" >"$dir/token"
  python3 "$HERE/client.py" retry "$BASE" "$dir/token" "$dir/journal.jsonl" "$RETRY_FOR" "$dir/retries.jsonl" \
    >"$dir/retry.txt" 2>&1
  log "  $(cat "$dir/retry.txt")"
  dump_reports "$id" "$dir/db-after.tsv"
  python3 "$HERE/client.py" verify "$dir/journal.jsonl" "$dir/retries.jsonl" "$dir/db-before-retry.tsv" \
    "$dir/db-after.tsv" "$dir/figures.json" >"$dir/verify.txt" 2>&1 || failed=1
  log "  $(tail -1 "$dir/verify.txt")"
  python3 - "$dir/figures.json" "$run" "$kill_after" "${orphan:-none}" "$restart_s" "$count" >>"$RESULTS" <<'EOF'
import json, sys
f = json.load(open(sys.argv[1]))
cols = [sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]] + [str(f.get(k, 0)) for k in (
    "requests", "unanswered_at_crash", "committed_but_unanswered", "retried", "retries_replayed",
    "retries_answered_409", "acknowledged", "lost", "duplicated", "unresolved")]
print("\t".join(cols))
EOF
  [[ $count == 1 ]] || failed=1

  log "  stopping the platform"
  kill -TERM "$SERVER_PID"
  for _ in $(seq 1 120); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$SERVER_PID" 2>/dev/null && { log "the platform did not stop within 60 s"; exit 1; }
  SERVER_PID=""
done

echo
column -t -s $'\t' "$RESULTS"
echo
echo "Raw outputs: $OUT"
exit "$failed"
