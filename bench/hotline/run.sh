#!/usr/bin/env bash
# Load benchmark of the AI hotline's voice webhook (TwiML): 200 simultaneous simulated calls, every turn signed as the
# provider signs it, with wrk on loopback only; beside it, in the same run, the trivial endpoint's ceiling with wrk at
# the same connections and pgbench's durable-commit ceiling on the same embedded PostgreSQL.
#
#   bench/hotline/run.sh                 # builds the jar (offline Maven), starts it, measures, stops it (~5 min)
#   bench/hotline/run.sh /tmp/x.jar      # the same with a jar built before
#
# The whole script runs under the machine's build lock (flock /tmp/opencity-build.lock; it takes it itself, so do
# not wrap it in another flock of the same file): nobody's build shares the cores with a measurement.
#
# Steps: build (unless a jar is given) -> start the jar on 127.0.0.1:PORT with a fresh data folder (embedded
# PostgreSQL, demo data), OPENCITY_HOTLINE_AUTH_TOKEN set (requests must be signed) and OPENCITY_BASE_URL=BASE ->
# check that an unsigned request is refused -> warm the prompt cache (rounds of calls at 4 connections until a round
# synthesises no new prompt) -> JIT warm-up (CALLS question calls, not measured) -> the steps of SCENARIOS -> summary.
#
# Settings (environment):
#   PORT          18095               BASE is http://127.0.0.1:$PORT; nothing else is ever contacted
#   CALLS         200                 simultaneous calls = wrk connections = wrk threads (one caller per thread)
#   SCENARIOS     "questions paced ceiling pgbench mixed", in this order:
#                 questions  closed loop, question calls only: each caller sends its next turn as soon as the reply
#                            arrives (no listening time): the most turns CALLS calls can ask for
#                 paced      both kinds of call (question and dossier status), each turn after a pause of THINK_MS on
#                            average (0.5x-1.5x), like callers who listen to the prompts (faster than real ones)
#                 ceiling    wrk -t2 -c$CALLS on GET /actuator/health/liveness (Tomcat, filters, no database)
#                 pgbench    pgbench -N (durable commits) with PGBENCH_CLIENTS clients on the same PostgreSQL
#                 mixed      closed loop, both kinds of call: the whole sequence of the issue without pauses; last,
#                            because the dossier-status turn can exhaust the connection pool (see REPORT.md)
#   DURATION      60                  seconds of "questions" and "paced"
#   MIXED_SECONDS 30                  seconds of "mixed"
#   JIT_WARMUP    20                  seconds of unmeasured question calls at CALLS before the first measured run
#   WARM_ROUNDS   4                   at most this many 20 s prompt-warming rounds (4 connections, all 20 questions)
#   THINK_MS      2000                mean pause before a turn in "paced" (real callers listen 5-30 s per prompt)
#   CEILING_SECONDS 10, PGBENCH_SECONDS 10, PGBENCH_CLIENTS 16
#   CEILING_WARMUP 5                  seconds of unmeasured load on the ceiling endpoint first (60 s gave the same
#                                     rate on this jar, see REPORT.md)
#   TIMEOUT       5                   wrk request timeout in seconds (a slower answer counts as a timeout)
#   QUIET_WAIT    30, QUIET_CPU 20    wait up to QUIET_WAIT s for other processes to use < QUIET_CPU % of a core
#   JAVA_OPTS     "-Xms1g -Xmx1g"
#   OUT           /tmp/bench-hotline-<time>   raw outputs, machine.txt, run.log, results.tsv, thread dumps
#   DATA_DIR      $OUT/data           must not exist (fresh database); removed at the end unless KEEP_DATA=1
#   LOCK          /tmp/opencity-build.lock    "" to run without it
#   MAX_SECONDS   900                 hard limit for the whole script
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
LOCK=${LOCK-/tmp/opencity-build.lock}
if [[ -n $LOCK && -z ${BENCH_LOCK_HELD:-} ]]; then
  echo "run.sh: waiting for $LOCK (other engineers' builds and benchmarks first)" >&2
  exec env BENCH_LOCK_HELD=1 flock -w 1800 "$LOCK" "$0" "$@"
fi

JAR=${1:-}
PORT=${PORT:-18095}
BASE=http://127.0.0.1:$PORT
CALLS=${CALLS:-200}
DURATION=${DURATION:-60}
MIXED_SECONDS=${MIXED_SECONDS:-30}
JIT_WARMUP=${JIT_WARMUP:-20}
WARM_ROUNDS=${WARM_ROUNDS:-4}
SCENARIOS=${SCENARIOS:-"questions paced ceiling pgbench mixed"}
QUIET_WAIT=${QUIET_WAIT:-30}
QUIET_CPU=${QUIET_CPU:-20}
THINK_MS=${THINK_MS:-2000}
CEILING_SECONDS=${CEILING_SECONDS:-10}
CEILING_WARMUP=${CEILING_WARMUP:-5}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-10}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-16}
TIMEOUT=${TIMEOUT:-5}
JAVA_OPTS=${JAVA_OPTS:-"-Xms1g -Xmx1g"}
OUT=${OUT:-/tmp/bench-hotline-$(date -u +%Y%m%d-%H%M%S)}
DATA_DIR=${DATA_DIR:-$OUT/data}
KEEP_DATA=${KEEP_DATA:-0}
MAX_SECONDS=${MAX_SECONDS:-900}
AUTH_TOKEN=${AUTH_TOKEN:-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')}
RUN_TAG=${RUN_TAG:-$(date +%s | tail -c 7)}
export BENCH_DIR=$HERE BASE AUTH_TOKEN

for tool in wrk curl pgbench psql java; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (apt-get install -y wrk curl postgresql-client)" >&2; exit 2; }
done
mkdir -p "$OUT"
CLK_TCK=$(getconf CLK_TCK)
STARTED_PID=""
WATCHDOG=""
T_START=$(date +%s)

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$OUT/run.log" >&2; }

cleanup() {
  local rc=$?
  if [[ -n $WATCHDOG ]]; then
    kill $(pgrep -P "$WATCHDOG" 2>/dev/null) "$WATCHDOG" 2>/dev/null || true
  fi
  if [[ -n $STARTED_PID ]] && kill -0 "$STARTED_PID" 2>/dev/null; then
    log "stopping the platform (pid $STARTED_PID)"
    kill -TERM "$STARTED_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$STARTED_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$STARTED_PID" 2>/dev/null || true
    local pm
    pm=$(head -1 "$DATA_DIR/postgres/postmaster.pid" 2>/dev/null || true)
    if [[ -n $pm ]] && kill -0 "$pm" 2>/dev/null && grep -q "$DATA_DIR/postgres" "/proc/$pm/cmdline" 2>/dev/null; then
      kill -INT "$pm" 2>/dev/null || true
      sleep 2
    fi
  fi
  if [[ $KEEP_DATA != 1 && -d $DATA_DIR && $DATA_DIR == "$OUT/data" ]]; then
    rm -rf "$DATA_DIR"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM
# The watchdog's sleep is ended with it (it holds the build lock's descriptor when run under flock).
( trap 'kill "$sp" 2>/dev/null; exit 0' TERM; sleep "$MAX_SECONDS" & sp=$!; wait "$sp" || exit 0
  echo "run.sh: MAX_SECONDS=$MAX_SECONDS reached, stopping" >&2; kill -TERM $$ ) 2>/dev/null &
WATCHDOG=$!

# ---------------------------------------------------------------------------------------------------- build, start
if [[ -z $JAR ]]; then
  log "building the jar (./mvnw -B -ntp -o -q package -DskipTests in $ROOT)"
  (cd "$ROOT" && ./mvnw -B -ntp -o -q package -DskipTests) >"$OUT/build.log" 2>&1 \
    || { tail -30 "$OUT/build.log" >&2; echo "run.sh: build failed" >&2; exit 1; }
  JAR=$OUT/opencity.jar
  cp "$(ls "$ROOT"/target/opencity-*.jar | grep -v -- '-plain' | head -1)" "$JAR"
  log "built in $(( $(date +%s) - T_START ))s"
fi
[[ -f $JAR ]] || { echo "run.sh: no jar at $JAR" >&2; exit 2; }
if curl -s -o /dev/null --max-time 2 "$BASE/actuator/health"; then
  echo "run.sh: something already answers on $BASE; stop it or set PORT" >&2; exit 2
fi
[[ -e $DATA_DIR ]] && { echo "run.sh: $DATA_DIR exists; the benchmark starts from a fresh database" >&2; exit 2; }
mkdir -p "$DATA_DIR"
log "starting java $JAVA_OPTS -jar $JAR on $BASE (fresh data folder $DATA_DIR, hotline auth token set)"
T_JAVA=$(date +%s)
# shellcheck disable=SC2086
OPENCITY_HOTLINE_AUTH_TOKEN=$AUTH_TOKEN OPENCITY_BASE_URL=$BASE \
  java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --opencity.data-dir="$DATA_DIR" \
  >"$OUT/server.log" 2>&1 &
STARTED_PID=$!
SERVER_PID=$STARTED_PID
for _ in $(seq 1 240); do
  grep -q "OpenCity is running" "$OUT/server.log" && break
  kill -0 "$STARTED_PID" 2>/dev/null || { tail -40 "$OUT/server.log" >&2; echo "run.sh: the platform died" >&2; exit 1; }
  sleep 1
done
grep -q "OpenCity is running" "$OUT/server.log" || { echo "run.sh: no 'OpenCity is running' after 240 s" >&2; exit 1; }
log "platform is running (pid $SERVER_PID, $(( $(date +%s) - T_JAVA ))s after java -jar)"
PG_PORT=$(sed -n 4p "$DATA_DIR/postgres/postmaster.pid")
PG_PID=$(head -1 "$DATA_DIR/postgres/postmaster.pid")
psql_q() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${2:-postgres}" -XAtq -F $'\t' -c "$1" 2>/dev/null; }

# ---------------------------------------------------------------------------------------------------- machine
{
  echo "date_utc: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
  echo "kernel: $(uname -r)"
  echo "wrk: $(wrk --version 2>&1 | head -1)"
  echo "pgbench: $(pgbench --version)"
  echo "java -version:"; java -version 2>&1 | sed 's/^/  /'
  echo "jar: $JAR ($(stat -c '%s bytes' "$JAR"))"
  echo "checkout: $(git -C "$ROOT" log -1 --oneline 2>/dev/null || echo '?')"
  echo "base: $BASE  server_pid: $SERVER_PID  pg_port: $PG_PORT  pg_pid: $PG_PID"
  echo "jvm flags:"; jcmd "$SERVER_PID" VM.flags 2>/dev/null | tail -n +2 | tr ' ' '\n' | grep -E 'Heap|GC|Xm|Processor|CICompiler' | sed 's/^/  /'
  echo "postgres: $(psql_q 'select version()' || echo '?')"
  echo "postgres settings: $(psql_q "select string_agg(name||'='||setting, ' ') from pg_settings where name in ('fsync','synchronous_commit','full_page_writes','shared_buffers','max_connections')" || echo '?')"
  echo "espeak-ng: $(espeak-ng --version 2>/dev/null | head -1 || echo 'missing')"
} >"$OUT/machine.txt"
cat "$OUT/machine.txt" >&2

# ---------------------------------------------------------------------------------------------------- helpers
ticks_of() { # utime+stime (+ children's when $2 is 1) of one process, in clock ticks
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
  stat=${stat##*) }
  awk -v c="${2:-0}" '{ t = $12 + $13; if (c == 1) t += $14 + $15; print t }' <<<"$stat"
}
pg_ticks() {
  local total child
  total=$(ticks_of "$PG_PID" 1)
  for child in $(ps -o pid= --ppid "$PG_PID" 2>/dev/null); do total=$((total + $(ticks_of "$child"))); done
  echo "$total"
}
machine_ticks() { awk '/^cpu / { print $2+$3+$4+$7+$8+$9 }' /proc/stat; }
cpu_snapshot() { echo "$(machine_ticks) $(ticks_of "$SERVER_PID") $(pg_ticks)"; }
jvm_ticks() { # the JVM's CPU by thread kind: request (Tomcat), JIT, GC+VM, rest
  cat /proc/"$SERVER_PID"/task/*/stat 2>/dev/null | awk '{
    l = $0; i = index(l, "("); j = length(l); while (j > i && substr(l, j, 1) != ")") j--
    name = substr(l, i + 1, j - i - 1); split(substr(l, j + 2), f, " "); t = f[12] + f[13]
    if (name ~ /^C[12] Compiler/) jit += t
    else if (name ~ /^(GC Thread|G1 |VM Thread)/) gc += t
    else if (name ~ /^http-nio/) req += t
    else rest += t
  } END { printf "%d %d %d %d\n", req, jit, gc, rest }'
}
rss_mb() { awk -v k="${1:-VmRSS}" '$1 == k":" { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status" 2>/dev/null || echo "?"; }
pg_rss_mb() { # postmaster + backends, resident (shared buffers counted once per process that touched them)
  local total=0 p
  for p in "$PG_PID" $(ps -o pid= --ppid "$PG_PID" 2>/dev/null); do
    total=$((total + $(awk '$1 == "VmRSS:" { print $2 }' "/proc/$p/status" 2>/dev/null || echo 0)))
  done
  echo $((total / 1024))
}
gc_seconds() { jstat -gc "$SERVER_PID" 2>/dev/null | awk 'NR == 2 { print $NF }' || echo 0; }
prompts() { psql_q "select count(*) from htl_prompt_audio" || echo "?"; }
pg_counters() { psql_q "select xact_commit, tup_inserted, tup_updated from pg_stat_database where datname = 'postgres'" | tr '\t' ' ' || echo "0 0 0"; }
wrk_calls() { # $1 threads=connections, $2 seconds, $3 output file; more environment for calls.lua before the call
  local budget=$(( $2 + TIMEOUT + 30 ))
  RUN_TAG=$RUN_TAG$4 /usr/bin/time -f '%U %S' -o "$3.time" \
    timeout "$budget" wrk -t"$1" -c"$1" -d"$2"s --timeout "${TIMEOUT}s" --latency -s "$HERE/calls.lua" "$BASE" >"$3" 2>&1 || true
}

# ---------------------------------------------------------------------------------------------------- checks
status=$(curl -s -o "$OUT/unsigned.txt" -w '%{http_code}' --max-time 10 -d CallSid=CAunsigned1 -d From=+84912345678 \
  -d To=+842439999999 "$BASE/hotline/twiml/voice")
log "unsigned POST /hotline/twiml/voice answered $status (must be refused: the token is set)"
[[ $status == 200 ]] && { echo "run.sh: the webhook accepted an unsigned request; is the auth token set?" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------------- prompt cache
# 4 callers (thread t asks questions t, t+4, t+8...), so all 20 questions and their follow-ups come round in every
# round; espeak-ng runs on the request threads, and 200 of them at once would pass its 5 s timeout.
for round in $(seq 1 "$WARM_ROUNDS"); do
  p0=$(prompts)
  STRIDE=4 wrk_calls 4 20 "$OUT/warm-prompts-$round.txt" "w$round"
  p1=$(prompts)
  log "prompt warm-up round $round: htl_prompt_audio $p0 -> $p1 rows; $(grep -E '^RESULT' "$OUT/warm-prompts-$round.txt" | grep -oE 'requests=[0-9]+ .*rps=[0-9.]+' )"
  grep -E '^(SAMPLE|UNEXPECTED)' "$OUT/warm-prompts-$round.txt" | head -2 | sed 's/^/  /' >&2 || true
  (( round > 1 )) && [[ $p0 == "$p1" ]] && break
done

# ---------------------------------------------------------------------------------------------------- JIT warm-up
if (( JIT_WARMUP > 0 )); then
  log "JIT warm-up: $CALLS question calls for ${JIT_WARMUP}s (not measured)"
  DIGIT_TURNS=0 wrk_calls "$CALLS" "$JIT_WARMUP" "$OUT/warm-jit.txt" j
  log "  $(grep -E '^RESULT' "$OUT/warm-jit.txt" | grep -oE 'requests=[0-9]+ .*p99_us=[0-9]+')"
  log "  JIT so far: $(jstat -compiler "$SERVER_PID" 2>/dev/null | awk 'NR == 2 { print $1 " methods compiled, " $4 " s of compilation" }')"
fi

# ---------------------------------------------------------------------------------------------------- runs
wait_quiet() { # until processes other than the platform and its database use < QUIET_CPU % of a core
  local waited=0 a b other
  while (( waited < QUIET_WAIT )); do
    read -r -a a <<<"$(cpu_snapshot)"; sleep 2; read -r -a b <<<"$(cpu_snapshot)"
    other=$(( ( (b[0]-a[0]) - (b[1]-a[1]) - (b[2]-a[2]) ) * 100 / (2 * CLK_TCK) ))
    (( other < QUIET_CPU )) && return 0
    (( waited == 0 )) && log "  waiting for other processes to calm down (they use ${other}% of a core)"
    waited=$((waited + 2))
  done
  log "  machine still busy after ${QUIET_WAIT}s (others at ${other}% of a core); measuring anyway"
}
pool_timeouts() { grep -c "Connection is not available" "$OUT/server.log" || true; }
failed_turns() { grep -c "Hotline turn .* failed" "$OUT/server.log" || true; }

RESULTS=$OUT/results.tsv
printf 'scenario\tcalls\tthink_ms\tseconds\tturns\tturns_per_s\tcalls_per_s\tp50_ms\tp90_ms\tp99_ms\tmax_ms\tnon200\tsocket_err\tstuck_5s\tunexpected\tfailed_turns\tpool_timeouts\tsay\tnew_prompts\tcpu_jvm\tcpu_pg\tcpu_wrk\tcpu_other\tcpu_machine\tjvm_req\tjvm_jit\tjvm_gc_vm\tgc_s\tcommits_per_turn\trss_jvm_mb\thwm_jvm_mb\trss_pg_mb\n' >"$RESULTS"
ms() { awk -v u="$1" 'BEGIN { printf "%.1f", u / 1000 }'; }

measure() { # $1 scenario, $2 think ms, $3 seconds, $4 DIGIT_TURNS (1: status calls too), $5 seconds to wait after
  # the run before counting the server's failed turns and pool time-outs (turns still stuck when wrk stopped)
  local scenario=$1 think=$2 seconds=$3 digits=$4 after=${5:-0} raw=$OUT/$1.txt
  local p0 p1 gc0 gc1 rss hwm f0 f1 t0 t1
  wait_quiet
  p0=$(prompts); gc0=$(gc_seconds); f0=$(failed_turns); t0=$(pool_timeouts)
  read -r -a db0 <<<"$(pg_counters)"; read -r -a cpu0 <<<"$(cpu_snapshot)"; read -r -a jvm0 <<<"$(jvm_ticks)"
  log "$scenario: $CALLS calls for ${seconds}s (think ${think} ms, status calls: $digits)"
  ( sleep $(( seconds / 3 )); for i in 1 2 3; do timeout 20 jcmd "$SERVER_PID" Thread.print >"$OUT/$scenario-threads-$i.txt" 2>/dev/null || true; sleep 3; done ) &
  local sampler=$!
  THINK_MS=$think DIGIT_TURNS=$digits wrk_calls "$CALLS" "$seconds" "$raw" "${scenario:0:1}"
  read -r -a cpu1 <<<"$(cpu_snapshot)"; read -r -a jvm1 <<<"$(jvm_ticks)"; read -r -a db1 <<<"$(pg_counters)"
  gc1=$(gc_seconds); p1=$(prompts); rss=$(rss_mb VmRSS); hwm=$(rss_mb VmHWM)
  wait "$sampler" 2>/dev/null || true
  if (( after > 0 )); then
    log "  waiting ${after}s for turns still in the server (Hikari gives up on a connection after 30 s)"
    sleep "$after"
  fi
  f1=$(failed_turns); t1=$(pool_timeouts)
  python3 "$HERE/threads.py" "$OUT/$scenario"-threads-[0-9].txt >"$OUT/$scenario-threads-summary.txt" 2>/dev/null || true

  local result
  result=$(grep '^RESULT' "$raw" || true)
  [[ -n $result ]] || { log "  no result (see $raw)"; tail -5 "$raw" >&2; return; }
  get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $result"; }
  local secs reqs wrk_user wrk_sys busy server pg wrk_t other
  secs=$(get seconds); reqs=$(get requests)
  read -r wrk_user wrk_sys < <(tail -1 "$raw.time") || { wrk_user=0; wrk_sys=0; }
  cores() { awk -v t="$1" -v s="$secs" -v hz="$CLK_TCK" 'BEGIN { if (t < 0) t = 0; printf "%.2f", t / hz / s }'; }
  busy=$((cpu1[0] - cpu0[0])); server=$((cpu1[1] - cpu0[1])); pg=$((cpu1[2] - cpu0[2]))
  wrk_t=$(awk -v u="$wrk_user" -v s="$wrk_sys" -v hz="$CLK_TCK" 'BEGIN { printf "%d", (u + s) * hz }')
  other=$((busy - server - pg - wrk_t)); (( other < 0 )) && other=0
  sum_of() { awk -v k="$1" '/^KIND/ { for (i = 1; i <= NF; i++) if (index($i, k "=") == 1) { split($i, a, "="); s += a[2] } } END { print s + 0 }' "$raw"; }
  printf '%s\t' "$scenario" "$CALLS" "$think" "$secs" "$reqs" "$(get rps)" "$(sed -n 's/^CALLS .*per_s=\([^ ]*\).*/\1/p' "$raw")" \
    "$(ms "$(get p50_us)")" "$(ms "$(get p90_us)")" "$(ms "$(get p99_us)")" "$(ms "$(get max_us)")" \
    "$(sum_of non200)" "$(( $(get connect_err) + $(get read_err) + $(get write_err) ))" \
    "$(sed -n 's/^PENDING .*over_5s=\([0-9]*\).*/\1/p' "$raw")" "$(sum_of unexpected)" \
    "$((f1 - f0))" "$((t1 - t0))" "$(sum_of say)" \
    "$((p1 - p0))" "$(cores $server)" "$(cores $pg)" "$(cores "$wrk_t")" "$(cores $other)" "$(cores $busy)" \
    "$(cores $((jvm1[0] - jvm0[0])))" "$(cores $((jvm1[1] - jvm0[1])))" "$(cores $((jvm1[2] - jvm0[2])))" \
    "$(awk -v a="$gc0" -v b="$gc1" 'BEGIN { printf "%.2f", b - a }')" \
    "$(awk -v d=$((db1[0] - db0[0])) -v n="$reqs" 'BEGIN { if (n > 0) printf "%.2f", d / n; else print "-" }')" \
    "$rss" "$hwm" >>"$RESULTS"
  printf '%s\n' "$(pg_rss_mb)" >>"$RESULTS"
  log "  $(tail -1 "$RESULTS" | tr '\t' ' ')"
  grep -E '^(KIND|CALLS|PENDING|SAMPLE|UNEXPECTED)' "$raw" | sed 's/^/  /' | tee -a "$OUT/run.log" >&2
  # A pool deadlock shows as request threads waiting for a connection inside the dossier-status turn.
  local stuck
  stuck=$(cat "$OUT/$scenario"-threads-[0-9].txt 2>/dev/null | awk '/^"http-nio/ { inthr = 1; pool = 0; next }
    inthr && /HikariPool.getConnection/ { pool = 1 } inthr && pool && /StatusTurns.status/ { n++; pool = 0 } /^$/ { inthr = 0 }
    END { print n + 0 }')
  (( stuck > 0 )) && log "  $stuck request threads (over the dumps) were waiting for a second pool connection inside StatusTurns.status"
  return 0
}

ceiling() {
  wait_quiet
  log "ceiling: GET /actuator/health/liveness, wrk -t2 -c$CALLS for ${CEILING_SECONDS}s"
  local c0 c1
  # unmeasured first: the endpoint's code is not compiled yet (its first seconds ran at a quarter of the rate)
  wrk -t2 -c"$CALLS" -d"${CEILING_WARMUP}s" "$BASE/actuator/health/liveness" >"$OUT/ceiling-warmup.txt" 2>&1 || true
  log "  unmeasured ${CEILING_WARMUP}s first: $(sed -n 's/^Requests\/sec: *//p' "$OUT/ceiling-warmup.txt") req/s"
  read -r -a c0 <<<"$(cpu_snapshot)"
  BENCH_DIR=$HERE/../reports wrk -t2 -c"$CALLS" -d"${CEILING_SECONDS}s" --timeout "${TIMEOUT}s" --latency \
    -s "$HERE/../reports/get.lua" "$BASE/actuator/health/liveness" >"$OUT/ceiling.txt" 2>&1 || true
  read -r -a c1 <<<"$(cpu_snapshot)"
  CEILING=$(grep '^RESULT' "$OUT/ceiling.txt" || echo "RESULT rps=0")
  log "  $CEILING"
  log "  cores used: machine $(awk -v t=$((c1[0] - c0[0])) -v s="$CEILING_SECONDS" -v hz="$CLK_TCK" 'BEGIN { printf "%.2f", t / hz / s }'), JVM $(awk -v t=$((c1[1] - c0[1])) -v s="$CEILING_SECONDS" -v hz="$CLK_TCK" 'BEGIN { printf "%.2f", t / hz / s }') (the rest: wrk and others)"
}
CEILING="RESULT rps=? p99_us=0"; PG_TPS="?"; PG_LAT="?"

pgbench_ceiling() {
  wait_quiet
  log "pgbench: durable-commit ceiling on the same PostgreSQL (port $PG_PORT), -N -c$PGBENCH_CLIENTS -j2 ${PGBENCH_SECONDS}s"
  psql_q "drop database if exists bench_pgbench" >/dev/null || true
  psql_q "create database bench_pgbench" >/dev/null
  pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -i -s 1 -q bench_pgbench >"$OUT/pgbench-init.txt" 2>&1
  pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -N -c "$PGBENCH_CLIENTS" -j 2 -T "$PGBENCH_SECONDS" -P 5 bench_pgbench \
    >"$OUT/pgbench.txt" 2>&1 || true
  psql_q "drop database if exists bench_pgbench" >/dev/null || true
  PG_TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/pgbench.txt" | head -1)
  PG_LAT=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$OUT/pgbench.txt" | head -1)
  log "  pgbench -N: ${PG_TPS:-?} tps (durable commits/s), latency average ${PG_LAT:-?} ms"
}

for scenario in $SCENARIOS; do
  case $scenario in
    questions) measure questions 0 "$DURATION" 0 ;;
    paced) measure paced "$THINK_MS" "$DURATION" 1 ;;
    mixed) measure mixed 0 "$MIXED_SECONDS" 1 35 ;;
    ceiling) ceiling ;;
    pgbench) pgbench_ceiling ;;
    *) echo "run.sh: unknown scenario $scenario" >&2; exit 2 ;;
  esac
done
printf 'ceiling_rps\tceiling_p99_ms\tpgbench_tps\tpgbench_latency_ms\n%s\t%s\t%s\t%s\n' \
  "$(sed -n 's/.* rps=\([^ ]*\).*/\1/p' <<<"$CEILING")" "$(ms "$(sed -n 's/.* p99_us=\([^ ]*\).*/\1/p' <<<"$CEILING")")" \
  "${PG_TPS:-?}" "${PG_LAT:-?}" >"$OUT/ceilings.tsv"

# ---------------------------------------------------------------------------------------------------- summary
{
echo
echo "Results ($RESULTS; latencies per turn in ms; cpu in cores; $(nproc) cores shared by wrk, the JVM, PostgreSQL"
echo "and whatever else runs)"
cut -f1-19 "$RESULTS" | column -t -s $'\t'
echo
cut -f1,20-32 "$RESULTS" | column -t -s $'\t'
echo
echo "Per turn type (latencies in microseconds):"
for scenario in questions paced mixed; do
  [[ -f $OUT/$scenario.txt ]] || continue
  awk -v s="$scenario" '/^KIND/ { printf "  %-9s", s; for (i = 2; i <= NF; i++) printf " %s", $i; printf "\n" }' "$OUT/$scenario.txt"
done
echo
echo "Ceilings in the same run:"
column -t -s $'\t' "$OUT/ceilings.tsv"
echo
echo "Target: $CALLS simultaneous calls, each turn answered in under 300 ms p99, prompts cached, no errors:"
awk -F'\t' 'NR > 1 { bad = $12 + $13 + $14 + $15 + $16
  printf "  %-9s %7.1f turns/s  p99 %8.1f ms  non-200 %s, socket errors %s, stuck > 5 s at the end %s, unexpected replies %s -> %s\n",
  $1, $6, $10, $12, $13, $14, $15, ($10 + 0 < 300 && bad == 0 && $5 > 0) ? "met" : "NOT met" }' "$RESULTS"
echo
echo "Whole run: $(( $(date +%s) - T_START ))s. Raw outputs: $OUT"
} | tee "$OUT/summary.txt"
