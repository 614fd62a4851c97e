#!/usr/bin/env bash
# Load benchmark of the queues: tickets taken per second and "call next" per second with the 126 ward centres busy at
# once, and the time from a call to the board's update (one board stream per centre open during the calls); beside
# them, in the same run, the trivial endpoint's ceiling at the same concurrency and pgbench's durable-commit ceiling on
# the same embedded PostgreSQL. Load from Load.java (JDK HttpClient) and wrk (ceiling and tickets, tickets.lua) to
# 127.0.0.1 only, every step bounded in time. Calls twice: paced (open loop, PACED_RATES calls/s in all, the board
# delay at a realistic load) and closed loop (CALL_WORKERS clerks without pause: saturation).
#
#   bench/queues/run.sh                 # builds the jar (offline Maven), starts it, measures, stops it (~4 min)
#   bench/queues/run.sh /tmp/x.jar      # the same with a jar built before
#
# The script takes the machine's build lock itself (do not wrap it in flock).
#
# Centres are open 08:00-17:00 on weekdays; so that the benchmark runs at any hour, it adds an opening window
# 00:00-23:59:59 for today's weekday to every ward centre of its own fresh database (the points are cached 5 s).
#
# Settings (environment):
#   PORT 18096 · DURATION 30 (seconds of each measured step) · TAKE_WORKERS 64 · CALL_WORKERS 63 · COUNTERS 5 (per centre: 1-2 line A,
#   3 line B, 4 line C, 5 lines D and A) · CEILING_SECONDS 10 · PGBENCH_SECONDS 10 · PGBENCH_CLIENTS 16 · WARMUP 10 (unmeasured
#   takes first) · JAVA_OPTS "-Xms1g -Xmx1g" · OUT /tmp/bench-queues-<time> · MAX_SECONDS 900
#   PACED_RATES "20 60" (call-next + finish per second over all counters, one paced step each) · PACED_SECONDS 60
#   WRK_THREADS 2 · TIMEOUT 5 (wrk request timeout, s)
# Every step's line in results.txt is followed by a "cpu" line: cores used by the whole machine, the platform's JVM,
# PostgreSQL (postmaster + backends) and the rest (the load generator and anything else) during the step.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
LOCK=${LOCK-/tmp/opencity-build.lock}
if [[ -n $LOCK && -z ${BENCH_LOCK_HELD:-} ]]; then
  echo "run.sh: waiting for $LOCK" >&2
  exec env BENCH_LOCK_HELD=1 flock -w 1800 "$LOCK" "$0" "$@"
fi

JAR=${1:-}
PORT=${PORT:-18096}
BASE=http://127.0.0.1:$PORT
SECONDS_EACH=${DURATION:-30}
TAKE_WORKERS=${TAKE_WORKERS:-64}
CALL_WORKERS=${CALL_WORKERS:-63}
COUNTERS=${COUNTERS:-5}
CEILING_SECONDS=${CEILING_SECONDS:-10}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-10}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-16}
WARMUP=${WARMUP:-10}
JAVA_OPTS=${JAVA_OPTS:-"-Xms1g -Xmx1g"}
OUT=${OUT:-/tmp/bench-queues-$(date -u +%Y%m%d-%H%M%S)}
DATA_DIR=$OUT/data
MAX_SECONDS=${MAX_SECONDS:-900}
PACED_RATES=${PACED_RATES:-"20 60"}
PACED_SECONDS=${PACED_SECONDS:-60}
WRK_THREADS=${WRK_THREADS:-2}
TIMEOUT=${TIMEOUT:-5}
for tool in wrk curl jq pgbench psql java; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (apt-get install -y wrk curl jq postgresql-client)" >&2; exit 2; }
done

mkdir -p "$OUT"
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/run.log" >&2; }
# The watchdog's sleep is ended with it (it holds the build lock's descriptor when run under flock).
( trap 'kill "$sp" 2>/dev/null; exit 0' TERM; sleep "$MAX_SECONDS" & sp=$!; wait "$sp" || exit 0
  echo "run.sh: MAX_SECONDS reached" >&2; kill -TERM $$ ) &
WATCHDOG=$!
SERVER_PID=
cleanup() {
  [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  kill "$WATCHDOG" 2>/dev/null || true
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT

if [[ -z $JAR ]]; then
  log "building the jar (./mvnw -B -ntp -o -q package -DskipTests)"
  (cd "$ROOT" && ./mvnw -B -ntp -o -q package -DskipTests) >"$OUT/build.log" 2>&1 \
    || { tail -30 "$OUT/build.log" >&2; exit 1; }
  JAR=$OUT/opencity.jar
  cp "$(ls "$ROOT"/target/opencity-*.jar | grep -v -- '-plain' | head -1)" "$JAR"
fi
if curl -s -o /dev/null --max-time 2 "$BASE/actuator/health"; then
  echo "run.sh: something already answers on $BASE" >&2; exit 2
fi
mkdir -p "$DATA_DIR"
log "starting $JAR on $BASE (fresh data folder)"
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --opencity.data-dir="$DATA_DIR" \
  --opencity.hotline.warm-up=false >"$OUT/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 240); do
  grep -q "OpenCity is running" "$OUT/server.log" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -40 "$OUT/server.log" >&2; exit 1; }
  sleep 1
done
grep -q "OpenCity is running" "$OUT/server.log" || { echo "run.sh: not running after 240 s" >&2; exit 1; }
PG_PORT=$(sed -n 4p "$DATA_DIR/postgres/postmaster.pid")
psql_q() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -XAtq -F $'\t' -c "$1"; }

{
  echo "date: $(date -u +%FT%TZ)"
  echo "commit: $(cd "$ROOT" && git rev-parse --short HEAD)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) × $(nproc)"
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "kernel: $(uname -r)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "wrk: $(wrk --version 2>&1 | head -1)"
  echo "jar: $JAR ($(stat -c '%s bytes' "$JAR"))"
  echo "postgres: $(psql_q 'select version()')"
  echo "postgres settings: $(psql_q "select string_agg(name||'='||setting, ' ') from pg_settings where name in ('fsync','synchronous_commit','full_page_writes','shared_buffers','max_connections')")"
  echo "JAVA_OPTS: $JAVA_OPTS"
} >"$OUT/machine.txt"
cat "$OUT/machine.txt" >&2

psql_q "insert into sp_opening (point_code, weekday, opens, closes)
        select code, extract(isodow from now() at time zone 'Asia/Ho_Chi_Minh')::int, '00:00', '23:59:59'
        from sp_point where kind = 'WARD_CENTRE'" >/dev/null
psql_q "select code from sp_point where kind = 'WARD_CENTRE' order by code" >"$OUT/points.txt"
log "$(wc -l <"$OUT/points.txt") ward centres, open all day today in this database"
sleep 6

log "token of operator@demo.opencity.vn (authorization code + PKCE, bench/reports/token.sh)"
TOKEN=$(BASE=$BASE "$ROOT/bench/reports/token.sh" operator@demo.opencity.vn)
LOAD=(java -Xmx512m "$HERE/Load.java")
curl -s --max-time 10 "$BASE/api/v1/service-points?kind=WARD_CENTRE" | jq -r '.[].code' | sort >"$OUT/points-api.txt"
log "GET /api/v1/service-points?kind=WARD_CENTRE: $(wc -l <"$OUT/points-api.txt") codes ($(cmp -s "$OUT/points-api.txt" "$OUT/points.txt" && echo "the same as the database's" || echo "NOT the database's list"))"

CLK_TCK=$(getconf CLK_TCK)
PG_PID=$(head -1 "$DATA_DIR/postgres/postmaster.pid")
ticks_of() { local st; st=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }; st=${st##*) }
  awk -v c="${2:-0}" '{ t = $12 + $13; if (c == 1) t += $14 + $15; print t }' <<<"$st"; }
pg_ticks() { local t c; t=$(ticks_of "$PG_PID" 1); for c in $(ps -o pid= --ppid "$PG_PID"); do t=$((t + $(ticks_of "$c"))); done; echo "$t"; }
cpu_snapshot() { echo "$(date +%s%N) $(awk '/^cpu / { print $2+$3+$4+$7+$8+$9 }' /proc/stat) $(ticks_of "$SERVER_PID") $(pg_ticks)"; }
cpu_line() { # $1 step name, $2 and $3 snapshots: cores used in between
  local a b; read -r -a a <<<"$2"; read -r -a b <<<"$3"
  awk -v n="$1" -v s=$(( (b[0] - a[0]) / 1000000 )) -v m=$((b[1] - a[1])) -v j=$((b[2] - a[2])) -v p=$((b[3] - a[3])) \
    -v hz="$CLK_TCK" 'BEGIN { s /= 1000; o = m - j - p; if (o < 0) o = 0
      printf "cpu step=%s seconds=%.1f machine=%.2f jvm=%.2f postgres=%.2f rest=%.2f (cores of %d)\n", n, s, m/hz/s, j/hz/s, p/hz/s, o/hz/s, 2 }' \
    | tee -a "$OUT/results.txt"
}
wrk_run() { # $1 name, $2 connections, $3 seconds, $4 URL path, $5 lua script (rest: environment for it)
  local name=$1 conns=$2 secs=$3 path=$4 script=$5 c0 c1
  shift 5
  c0=$(cpu_snapshot)
  env "$@" BENCH_DIR="$ROOT/bench/reports" timeout $((secs + TIMEOUT + 30)) wrk -t"$WRK_THREADS" -c"$conns" -d"${secs}s" \
    --timeout "${TIMEOUT}s" --latency -s "$script" "$BASE$path" >"$OUT/$name.txt" 2>&1 || true
  c1=$(cpu_snapshot)
  echo "mode=$name wrk -t$WRK_THREADS -c$conns -d${secs}s $(grep -E '^RESULT' "$OUT/$name.txt" | cut -d' ' -f2- || echo 'no RESULT')" \
    | tee -a "$OUT/results.txt"
  grep -E '^SAMPLE' "$OUT/$name.txt" | tee -a "$OUT/results.txt" || true
  cpu_line "$name" "$c0" "$c1"
}
java_step() { # $1 name, rest: the Load.java command
  local name=$1 c0 c1
  shift
  c0=$(cpu_snapshot)
  "$@" | tee -a "$OUT/results.txt"
  c1=$(cpu_snapshot)
  cpu_line "$name" "$c0" "$c1"
}
waiting() { psql_q "select count(*) || ' waiting tickets, ' || count(distinct point_code) || ' points, at most ' || coalesce(max(n), 0) || ' at one point'
  from (select point_code, count(*) over (partition by point_code) n from q_ticket where status = 'WAITING') w" | tee -a "$OUT/run.log"; }

log "ceiling: GET /actuator/health/liveness, $TAKE_WORKERS workers, $CEILING_SECONDS s (after 5 s unmeasured)"
"${LOAD[@]}" ceiling "$BASE" 5 "$TAKE_WORKERS" >/dev/null
java_step ceiling "${LOAD[@]}" ceiling "$BASE" "$CEILING_SECONDS" "$TAKE_WORKERS"

log "ceiling with wrk: GET /actuator/health/liveness, wrk -t$WRK_THREADS -c$TAKE_WORKERS, $CEILING_SECONDS s (after 5 s unmeasured)"
wrk -t"$WRK_THREADS" -c"$TAKE_WORKERS" -d5s "$BASE/actuator/health/liveness" >"$OUT/wrk-ceiling-warmup.txt" 2>&1 || true
wrk_run wrk-ceiling "$TAKE_WORKERS" "$CEILING_SECONDS" /actuator/health/liveness "$ROOT/bench/reports/get.lua"

log "pgbench -N, $PGBENCH_CLIENTS clients, $PGBENCH_SECONDS s"
psql_q "create database bench_pgbench" >/dev/null
pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -i -s 1 -q bench_pgbench >"$OUT/pgbench-init.txt" 2>&1
pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -N -c "$PGBENCH_CLIENTS" -j 2 -T "$PGBENCH_SECONDS" bench_pgbench \
  >"$OUT/pgbench.txt" 2>&1
echo "mode=pgbench $(grep -E '^tps' "$OUT/pgbench.txt" | head -1 | tr ' ' '_') $(grep -E 'latency average' "$OUT/pgbench.txt" | tr ' ' '_')" \
  | tee -a "$OUT/results.txt"

log "warm-up: $WARMUP s of takes, not measured"
"${LOAD[@]}" take "$BASE" "$WARMUP" "$TAKE_WORKERS" "$OUT/points.txt" >/dev/null
log "take: $TAKE_WORKERS workers, $SECONDS_EACH s, random centre and line"
java_step take "${LOAD[@]}" take "$BASE" "$SECONDS_EACH" "$TAKE_WORKERS" "$OUT/points.txt"
log "take with wrk: wrk -t$WRK_THREADS -c$TAKE_WORKERS, $SECONDS_EACH s, random centre (GET ...?kind=WARD_CENTRE) and line, tickets.lua"
wrk_run wrk-take "$TAKE_WORKERS" "$SECONDS_EACH" / "$HERE/tickets.lua" POINTS="$OUT/points-api.txt"

log "opening counters 1..$COUNTERS of every centre"
"${LOAD[@]}" open "$BASE" "$TOKEN" "$OUT/points.txt" "$COUNTERS" | tee -a "$OUT/run.log"
for rate in $PACED_RATES; do
  waiting
  log "paced: $rate call-next + finish per second (open loop) over $COUNTERS counters × 126 centres, $PACED_SECONDS s, one board stream per centre"
  java_step "paced-$rate" "${LOAD[@]}" paced "$BASE" "$PACED_SECONDS" "$rate" "$TOKEN" "$OUT/points.txt" "$COUNTERS"
done
waiting
log "call: $CALL_WORKERS clerks over $COUNTERS counters × 126 centres, call-next + finish, $SECONDS_EACH s, one board stream per centre"
java_step call "${LOAD[@]}" call "$BASE" "$SECONDS_EACH" "$CALL_WORKERS" "$TOKEN" "$OUT/points.txt" "$COUNTERS"
psql_q "select status, count(*) from q_ticket group by status order by 1" | tee -a "$OUT/run.log"
grep -c " ERROR " "$OUT/server.log" | sed 's/^/server ERROR lines: /' | tee -a "$OUT/run.log" || true
log "done: $OUT/results.txt"
