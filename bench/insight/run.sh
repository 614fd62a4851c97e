#!/usr/bin/env bash
# Benchmark of the figures (issue 16, "Insight"): with 5 million reports and 5 million dossiers made by the data
# generation (generate.sh), every dashboard and scorecard request should answer in under 300 ms on 2 cores, and
# writing reports and dossiers should not be slowed by more than 10 % by the aggregation (statement triggers noting
# dirty days + the background refresh recomputing them). Load to 127.0.0.1 only; every step bounded in time; a "cpu"
# line per step.
#
#   bench/insight/run.sh                 # builds the jar from HEAD (git archive, offline Maven), runs (~35 min)
#   bench/insight/run.sh /tmp/x.jar      # the same with a jar built before
#
# The script takes the machine's build lock itself (do not wrap it in flock).
#
# Steps (STEPS, in this order; each can be left out):
#   generate  the platform on a fresh data folder (demo data), then generate.sh: REPORTS reports and DOSSIERS dossiers
#             over DAYS days with SQL, the figures triggers off during the load, every day noted dirty once, and the
#             platform's own refresh timed until it has caught up
#   sql       the figures' SQL as ReportFigures / DossierFigures send it (sql-queries.py, SQL_SET short or full),
#             each with pgbench -M prepared, one client, SQL_SECONDS s (p50/p90/p99/max), then EXPLAIN ANALYZE once
#   http      the dashboard and scorecard requests (Load.java, 26 targets): every target SEQ_REQUESTS times one after
#             the other, or for SEQ_SECONDS s if that comes first (after SEQ_WARMUP unmeasured), then all targets
#             mixed by MIXED_WORKERS clients at once for MIXED_SECONDS
#             s; the trivial endpoint GET /actuator/health/liveness is one of the targets, and wrk measures its
#             throughput ceiling (CEILING_SECONDS s, 64 connections)
#   writes    pgbench -N (durable-commit ceiling) and the write mix (pgbench/*.sql: the platform's own insert and
#             update statements for reports and dossiers, ratings; work queues of pgbench/pools.sql) with
#             WRITE_CLIENTS clients, first WRITE_RATE_SECONDS s at a fixed WRITE_RATE transactions/s (latency at the
#             same load), then WRITE_SECONDS s as fast as it goes (throughput), alternately with the aggregation on
#             (triggers enabled, refresh every 5 s, the default) and off (the figures triggers disabled, the platform
#             restarted with --opencity.figures.refresh-interval=100000s), in the order WRITE_ORDER; after each "on"
#             pair, how long the refresh takes to catch up (at most CATCHUP_MAX s; the next "on" run starts clean)
#
# Settings (environment):
#   PORT 18116 · REPORTS 5000000 · DOSSIERS 5000000 · DAYS 730 · STEPS "generate sql http writes"
#   SQL_SECONDS 3 · SQL_SET short · SEQ_REQUESTS 20 · SEQ_WARMUP 3 · SEQ_SECONDS 15 · MIXED_WORKERS "4" · MIXED_SECONDS 60 · CEILING_SECONDS 10
#   WRITE_CLIENTS 8 · WRITE_RATE 300 · WRITE_RATE_SECONDS 30 · WRITE_SECONDS 40 · WRITE_ORDER "on off off on"
#   CATCHUP_MAX 240 · PGBENCH_SECONDS 10
#   PATCHES "" (file names in bench/insight/patches/, applied to the archived sources before the build, e.g.
#   satisfied-not-null.patch while main's dossier refresh fails on unrated days; the jar's source line names them)
#   JAVA_OPTS "-Xms1g -Xmx1g" · OUT /tmp/bench-insight-<time> · MAX_SECONDS 2700 · KEEP_DATA 0 (1: keep the data
#   folder, ~10 GB, e.g. to look at it after the run)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
LOCK=${LOCK-/tmp/opencity-build.lock}
if [[ -n $LOCK && -z ${BENCH_LOCK_HELD:-} ]]; then
  echo "run.sh: waiting for $LOCK" >&2
  exec env BENCH_LOCK_HELD=1 flock -w 1800 "$LOCK" "$0" "$@"
fi

JAR=${1:-}
JAR_SOURCE="given on the command line (built elsewhere)"
PORT=${PORT:-18116}
BASE=http://127.0.0.1:$PORT
REPORTS=${REPORTS:-5000000}
DOSSIERS=${DOSSIERS:-5000000}
DAYS=${DAYS:-730}
STEPS=${STEPS:-"generate sql http writes"}
SQL_SECONDS=${SQL_SECONDS:-3}
SQL_SET=${SQL_SET:-short}
SEQ_REQUESTS=${SEQ_REQUESTS:-20}
SEQ_WARMUP=${SEQ_WARMUP:-3}
SEQ_SECONDS=${SEQ_SECONDS:-15}
MIXED_WORKERS=${MIXED_WORKERS:-"4"}
MIXED_SECONDS=${MIXED_SECONDS:-60}
CEILING_SECONDS=${CEILING_SECONDS:-10}
WRITE_CLIENTS=${WRITE_CLIENTS:-8}
WRITE_SECONDS=${WRITE_SECONDS:-40}
WRITE_RATE=${WRITE_RATE:-300}
WRITE_RATE_SECONDS=${WRITE_RATE_SECONDS:-30}
CATCHUP_MAX=${CATCHUP_MAX:-240}
WRITE_ORDER=${WRITE_ORDER:-"on off off on"}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-10}
JAVA_OPTS=${JAVA_OPTS:-"-Xms1g -Xmx1g"}
PATCHES=${PATCHES:-}
OUT=${OUT:-/tmp/bench-insight-$(date -u +%Y%m%d-%H%M%S)}
DATA_DIR=$OUT/data
MAX_SECONDS=${MAX_SECONDS:-2700}
KEEP_DATA=${KEEP_DATA:-0}
SERVER_FLAGS=(--server.port="$PORT" --server.address=127.0.0.1 --opencity.data-dir="$DATA_DIR"
  --opencity.base-url="$BASE" --opencity.hotline.warm-up=false)
for tool in wrk curl jq pgbench psql java openssl; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (apt-get install -y wrk curl jq postgresql-client)" >&2; exit 2; }
done

mkdir -p "$OUT"
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/run.log" >&2; }
# The watchdog's sleep is ended with it (it holds the build lock's descriptor, inherited from flock).
( trap 'kill "$sp" 2>/dev/null; exit 0' TERM; sleep "$MAX_SECONDS" & sp=$!; wait "$sp" || exit 0
  echo "run.sh: MAX_SECONDS reached" >&2; kill -TERM $$ ) &
WATCHDOG=$!
SERVER_PID=
PG_PID=
kill_postgres() { # the embedded server is started by pg_ctl, not a child of the JVM: stop it by its own pid file
  local pid
  pid=$(head -1 "$DATA_DIR/postgres/postmaster.pid" 2>/dev/null) || return 0
  [[ -n $pid ]] && kill -INT "$pid" 2>/dev/null || true
}
stop_server() {
  if [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null; then
    for _ in $(seq 1 90); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
  fi
  kill_postgres
  for _ in $(seq 1 60); do [[ -e $DATA_DIR/postgres/postmaster.pid ]] || break; sleep 1; done
  SERVER_PID=
}
cleanup() {
  trap - INT TERM # a second signal must not cut the cleanup short (the watchdog would keep the lock's descriptor)
  kill "$WATCHDOG" 2>/dev/null || true
  stop_server
  if [[ $KEEP_DATA != 1 ]]; then rm -rf "$DATA_DIR"; fi
  rm -rf "$OUT/src"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

if [[ -z $JAR ]]; then
  JAR_SOURCE="commit $(cd "$ROOT" && git rev-parse --short HEAD) (git archive HEAD, without uncommitted edits)"
  log "building the jar from $JAR_SOURCE: ./mvnw -B -ntp -o -q package -DskipTests"
  rm -rf "$OUT/src" && mkdir -p "$OUT/src"
  (cd "$ROOT" && git archive HEAD) | tar -x -C "$OUT/src"
  for patch in $PATCHES; do # applied to the archive only, never to the worktree; named in machine.txt
    (cd "$OUT/src" && git apply "$HERE/patches/$patch") || { echo "run.sh: $patch does not apply to HEAD" >&2; exit 1; }
    JAR_SOURCE="$JAR_SOURCE + bench/insight/patches/$patch"
  done
  (cd "$OUT/src" && ./mvnw -B -ntp -o -q package -DskipTests) >"$OUT/build.log" 2>&1 \
    || { tail -30 "$OUT/build.log" >&2; exit 1; }
  JAR=$OUT/opencity.jar
  cp "$(ls "$OUT"/src/target/opencity-*.jar | grep -v -- '-plain' | head -1)" "$JAR"
  rm -rf "$OUT/src"
fi
if curl -s -o /dev/null --max-time 2 "$BASE/actuator/health"; then
  echo "run.sh: something already answers on $BASE" >&2; exit 2
fi

start_server() { # extra flags
  log "starting $JAR on $BASE ${*:-} (data folder $DATA_DIR)"
  local started t0
  started=$(grep -c "OpenCity is running" "$OUT/server.log" 2>/dev/null || true)
  t0=$(date +%s)
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" "${SERVER_FLAGS[@]}" "$@" >>"$OUT/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 300); do
    [[ $(grep -c "OpenCity is running" "$OUT/server.log" || true) -gt $started ]] && break
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -40 "$OUT/server.log" >&2; exit 1; }
    sleep 1
  done
  [[ $(grep -c "OpenCity is running" "$OUT/server.log" || true) -gt $started ]] \
    || { echo "run.sh: not running after 300 s" >&2; exit 1; }
  PG_PORT=$(sed -n 4p "$DATA_DIR/postgres/postmaster.pid")
  PG_PID=$(head -1 "$DATA_DIR/postgres/postmaster.pid")
  log "running after $(($(date +%s) - t0)) s (pid $SERVER_PID, PostgreSQL $PG_PORT)"
}
mkdir -p "$DATA_DIR"
start_server
psql_q() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -XAtq -F $'\t' -v ON_ERROR_STOP=1 -c "$1"; }

{
  echo "date: $(date -u +%FT%TZ)"
  echo "HEAD of $ROOT: $(cd "$ROOT" && git rev-parse --short HEAD)"
  echo "jar built from: $JAR_SOURCE"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) × $(nproc)"
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "disk: $(df -h "$OUT" | awk 'NR == 2 {print $1, $2, "free", $4}')"
  echo "kernel: $(uname -r)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "wrk: $(wrk --version 2>&1 | head -1) · pgbench: $(pgbench --version)"
  echo "jar: $JAR ($(stat -c '%s bytes' "$JAR"))"
  echo "postgres: $(psql_q 'select version()')"
  echo "postgres settings: $(psql_q "select string_agg(name||'='||current_setting(name), ' ') from pg_settings where name in ('fsync','synchronous_commit','full_page_writes','shared_buffers','work_mem','max_connections','jit','max_parallel_workers_per_gather','effective_cache_size','max_wal_size','random_page_cost')")"
  echo "server flags: ${SERVER_FLAGS[*]}"
  echo "JAVA_OPTS: $JAVA_OPTS"
  echo "settings: REPORTS=$REPORTS DOSSIERS=$DOSSIERS DAYS=$DAYS STEPS=\"$STEPS\" SQL_SECONDS=$SQL_SECONDS SQL_SET=$SQL_SET SEQ_REQUESTS=$SEQ_REQUESTS SEQ_WARMUP=$SEQ_WARMUP SEQ_SECONDS=$SEQ_SECONDS MIXED_WORKERS=\"$MIXED_WORKERS\" MIXED_SECONDS=$MIXED_SECONDS WRITE_CLIENTS=$WRITE_CLIENTS WRITE_RATE=$WRITE_RATE WRITE_RATE_SECONDS=$WRITE_RATE_SECONDS WRITE_SECONDS=$WRITE_SECONDS WRITE_ORDER=\"$WRITE_ORDER\" CATCHUP_MAX=$CATCHUP_MAX PATCHES=\"$PATCHES\""
  echo "load before the run (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$OUT/machine.txt"
cat "$OUT/machine.txt" >&2

CLK_TCK=$(getconf CLK_TCK)
ticks_of() { local st; st=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }; st=${st##*) }
  awk -v c="${2:-0}" '{ t = $12 + $13; if (c == 1) t += $14 + $15; print t }' <<<"$st"; }
pg_ticks() { local t c; t=$(ticks_of "$PG_PID" 1); for c in $(ps -o pid= --ppid "$PG_PID"); do t=$((t + $(ticks_of "$c"))); done; echo "$t"; }
GEN_PID= # the load generator of the step running now (Load.java, wrk, pgbench or generate.sh)
cpu_snapshot() {
  echo "$(date +%s%N) $(awk '/^cpu / { print $2+$3+$4+$7+$8+$9, $9 }' /proc/stat) $(ticks_of "$SERVER_PID") $(pg_ticks) $([[ -n $GEN_PID ]] && ticks_of "$GEN_PID" 1 || echo 0)"
}
cpu_fmt() { # $1 step name, $2 and $3 snapshots: cores used in between (machine = every process, incl. steal)
  local a b; read -r -a a <<<"$2"; read -r -a b <<<"$3"
  awk -v n="$1" -v s=$(( (b[0] - a[0]) / 1000000 )) -v m=$((b[1] - a[1])) -v st=$((b[2] - a[2])) -v j=$((b[3] - a[3])) \
    -v p=$((b[4] - a[4])) -v g=$((b[5] - a[5])) -v hz="$CLK_TCK" -v cores="$(nproc)" 'BEGIN { s /= 1000; if (g < 0) g = 0
      o = m - j - p - g; if (o < 0) o = 0
      printf "cpu step=%s seconds=%.1f machine=%.2f jvm=%.2f postgres=%.2f generator=%.2f other=%.2f steal=%.2f (cores of %d)\n",
        n, s, m/hz/s, j/hz/s, p/hz/s, g/hz/s, o/hz/s, st/hz/s, cores }'
}
cpu_line() { cpu_fmt "$@" | tee -a "$OUT/results.txt"; }
result() { echo "$*" | tee -a "$OUT/results.txt"; }
measured() { # $1 step name, $2 output file, rest: the load generator's command; its CPU is counted apart: it runs
  # under a wrapper that, once the command has ended, stays for a moment as a sleep whose counters hold the CPU of its
  # reaped children (the command, and what it started)
  local name=$1 out=$2 c0 c1 flag=$OUT/.measured-done
  shift 2
  rm -f "$flag"
  bash -c 'out=$1 flag=$2; shift 2; "$@" >"$out" 2>&1; echo $? >"$flag"; exec sleep 30' wrapper "$out" "$flag" "$@" &
  GEN_PID=$!
  c0=$(cpu_snapshot)
  while [[ ! -e $flag ]] && kill -0 "$GEN_PID" 2>/dev/null; do sleep 0.2; done
  c1=$(cpu_snapshot)
  kill "$GEN_PID" 2>/dev/null || true
  wait "$GEN_PID" 2>/dev/null || true
  GEN_PID=
  MEASURED_RC=$(cat "$flag" 2>/dev/null || echo 1)
  MEASURED_CPU=$(cpu_fmt "$name" "$c0" "$c1")
}
has_step() { [[ " $STEPS " == *" $1 "* ]]; }

# ---------------------------------------------------------------------------------------------------- generate
if has_step generate; then
  log "generate: $REPORTS reports and $DOSSIERS dossiers over $DAYS days (generate.sh), then the refresh's catch-up"
  measured generate "$OUT/generate.out" env BENCH_LOCK_HELD=1 PG_PORT="$PG_PORT" REPORTS="$REPORTS" DOSSIERS="$DOSSIERS" \
    DAYS="$DAYS" OUT="$OUT/generate" "$HERE/generate.sh"
  cat "$OUT/generate/generate.txt" >>"$OUT/results.txt"
  grep -E 'step=|rows:|check:|figures rows|catch-up' "$OUT/generate/generate.txt" >&2 || true
  [[ $MEASURED_RC == 0 ]] || { tail -20 "$OUT/generate.out" >&2; log "generate.sh failed"; exit 1; }
  result "$MEASURED_CPU"
  # the CPU of the catch-up alone, from the 1-s polls: how long the platform's refresh kept PostgreSQL busy
fi

# Filters: the busiest ward, its public-service centre (the busiest unit of dossiers), today in Hanoi.
TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F)
YEAR=$(( $(TZ=Asia/Ho_Chi_Minh date +%Y) - 1 ))
WARD=$(psql_q "select ward_code from dsr_figures_month group by 1 order by sum(submitted) desc limit 1")
WARD=${WARD:-00070}
UNIT=$(psql_q "select id from idn_unit where ward_code = '$WARD' and kind = 'SERVICE_CENTRE'")
FROM_MAX=$(date -d "$TODAY - 731 days" +%F)
FROM_90=$(date -d "$TODAY - 89 days" +%F)
MB_FROM="$YEAR-03-15"; MB_TO="$YEAR-06-14" # month boundaries: 17 head days, 2 whole months, 14 tail days (daily chart)
MB2_FROM="$YEAR-01-20"; MB2_TO="$YEAR-11-10" # month boundaries over a longer period (monthly chart)
result "filters today=$TODAY year=$YEAR ward=$WARD ($(psql_q "select name from geo_ward where code = '$WARD'")) unit=$UNIT ($(psql_q "select code from idn_unit where id = '$UNIT'")) max_from=$FROM_MAX"

# ---------------------------------------------------------------------------------------------------- sql
if has_step sql; then
  log "sql: the figures' queries, EXPLAIN ANALYZE and pgbench -M prepared -c1 for $SQL_SECONDS s each"
  measured sql "$OUT/sql.out" env PG_PORT="$PG_PORT" SECONDS_EACH="$SQL_SECONDS" SQL_SET="$SQL_SET" TODAY="$TODAY" YEAR="$YEAR" WARD="$WARD" \
    UNIT="$UNIT" FROM_MAX="$FROM_MAX" MB_FROM="$MB_FROM" MB_TO="$MB_TO" OUT="$OUT/sql" python3 "$HERE/sql-queries.py"
  grep -E '^sql ' "$OUT/sql.out" | tee -a "$OUT/results.txt"
  [[ $MEASURED_RC == 0 ]] || { tail -20 "$OUT/sql.out" >&2; log "sql-queries.py failed"; }
  result "$MEASURED_CPU"
fi

# ---------------------------------------------------------------------------------------------------- http
if has_step http; then
  log "http: an operator's access token (bench/reports/token.sh, operator@demo.opencity.vn)"
  BASE=$BASE "$ROOT/bench/reports/token.sh" operator@demo.opencity.vn >"$OUT/operator.jwt"
  q() { printf '%s\t%s\t%s\n' "$1" "$2" "$3"; }
  {
    q liveness none "/actuator/health/liveness"
    P=/api/v1/insight/dashboard
    q dash-json-default bearer "$P"
    q dash-json-90days bearer "$P?from=$FROM_90&to=$TODAY"
    q dash-json-year bearer "$P?from=$YEAR-01-01&to=$YEAR-12-31"
    q dash-json-2years bearer "$P?from=$FROM_MAX&to=$TODAY"
    q dash-json-bounds bearer "$P?from=$MB_FROM&to=$MB_TO"
    q dash-json-ward bearer "$P?ward=$WARD"
    q dash-json-ward-year bearer "$P?from=$YEAR-01-01&to=$YEAR-12-31&ward=$WARD"
    q dash-json-unit-year bearer "$P?from=$YEAR-01-01&to=$YEAR-12-31&unit=$UNIT"
    q dash-html-default session "/operations"
    q dash-html-year session "/operations?from=$YEAR-01-01&to=$YEAR-12-31"
    q dash-html-bounds-long session "/operations?from=$MB2_FROM&to=$MB2_TO"
    q dash-html-ward session "/operations?ward=$WARD"
    q drill-html-year-late session "/operations/dossiers?from=$YEAR-01-01&to=$YEAR-12-31&late=true"
    q drill-html-ward session "/operations/dossiers?ward=$WARD"
    q scorecards-html-default none "/scorecards"
    q scorecards-html-year none "/scorecards?from=$YEAR-01-01&to=$YEAR-12-31"
    q scorecard-html-ward none "/scorecards/$WARD"
    q scorecard-html-city none "/scorecards/city"
    q scorecards-json-default none "/api/v1/insight/scorecards"
    q scorecards-json-year none "/api/v1/insight/scorecards?from=$YEAR-01-01&to=$YEAR-12-31"
    q scorecards-json-2years none "/api/v1/insight/scorecards?from=$FROM_MAX&to=$TODAY"
    q index-json-city none "/api/v1/insight/index"
    q index-json-city-year none "/api/v1/insight/index?from=$YEAR-01-01&to=$YEAR-12-31"
    q index-json-ward none "/api/v1/insight/index?ward=$WARD"
    q index-json-ward-bounds none "/api/v1/insight/index?ward=$WARD&from=$MB2_FROM&to=$MB2_TO"
  } >"$OUT/targets.tsv"
  LOAD=(java -Xms256m -Xmx512m "$HERE/Load.java")
  COMMON=(base="$BASE" targets="$OUT/targets.tsv" token="$OUT/operator.jwt" login=operator@demo.opencity.vn)
  log "http: warm-up, every target $SEQ_WARMUP times, then $SEQ_REQUESTS one after the other ($(wc -l <"$OUT/targets.tsv") targets)"
  measured http-seq "$OUT/http-seq.out" timeout 1500 "${LOAD[@]}" seq "${COMMON[@]}" requests="$SEQ_REQUESTS" \
    warmup="$SEQ_WARMUP" seconds="$SEQ_SECONDS" bodies="$OUT/bodies"
  grep -E '^latency' "$OUT/http-seq.out" | tee -a "$OUT/results.txt" || { tail -20 "$OUT/http-seq.out" >&2; }
  result "$MEASURED_CPU"
  for w in $MIXED_WORKERS; do
    log "http: all targets mixed, $w clients at once, $MIXED_SECONDS s"
    measured "http-mixed-$w" "$OUT/http-mixed-$w.out" timeout $((MIXED_SECONDS + 180)) "${LOAD[@]}" mixed "${COMMON[@]}" \
      workers="$w" seconds="$MIXED_SECONDS"
    grep -E '^latency' "$OUT/http-mixed-$w.out" | tee -a "$OUT/results.txt" || { tail -20 "$OUT/http-mixed-$w.out" >&2; }
    result "$MEASURED_CPU"
  done
  log "http: the trivial endpoint's ceiling, wrk -t2 -c64, $CEILING_SECONDS s (after 5 s unmeasured)"
  wrk -t2 -c64 -d5s "$BASE/actuator/health/liveness" >/dev/null 2>&1 || true
  measured wrk-ceiling "$OUT/wrk-ceiling.txt" env BENCH_DIR="$ROOT/bench/reports" timeout $((CEILING_SECONDS + 40)) \
    wrk -t2 -c64 -d"${CEILING_SECONDS}s" --timeout 5s --latency -s "$ROOT/bench/reports/get.lua" "$BASE/actuator/health/liveness"
  result "mode=wrk-ceiling wrk -t2 -c64 -d${CEILING_SECONDS}s $(grep -E '^RESULT' "$OUT/wrk-ceiling.txt" | cut -d' ' -f2- || echo 'no RESULT')"
  result "$MEASURED_CPU"
  # What was measured is what the data says: the dashboard's year figures against counts from the tables.
  if [[ -s $OUT/bodies/dash-json-year.json ]]; then
    result "check dashboard_json_year_keys=$(jq -c 'keys' "$OUT/bodies/dash-json-year.json" | cut -c1-300)"
  fi
  result "check sql_year reports_received=$(psql_q "select count(*) from rpt_report where duplicate_of is null and (created_at at time zone 'Asia/Ho_Chi_Minh')::date between '$YEAR-01-01' and '$YEAR-12-31'") dossiers_submitted=$(psql_q "select count(*) from dsr_dossier where (submitted_at at time zone 'Asia/Ho_Chi_Minh')::date between '$YEAR-01-01' and '$YEAR-12-31'")"
fi

# ---------------------------------------------------------------------------------------------------- writes
if has_step writes; then
  log "writes: work queues (pgbench/pools.sql)"
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -XAtq -v ON_ERROR_STOP=1 -f "$HERE/pgbench/pools.sql" | tee -a "$OUT/results.txt"
  POOL_R=$(psql_q "select count(*) from bench_pool_report"); POOL_D=$(psql_q "select count(*) from bench_pool_dossier")
  POOL_G=$(psql_q "select count(*) from bench_pool_rating"); PROCS=$(psql_q "select count(*) from bench_proc")
  pgb() { # the write mix; PG_PORT changes with every restart of the platform
    PGB=(pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -M prepared -c "$WRITE_CLIENTS" -j 2 -D pool_reports="$POOL_R"
      -D pool_dossiers="$POOL_D" -D pool_ratings="$POOL_G" -D procedures="$PROCS"
      -f "$HERE/pgbench/report-new.sql@35" -f "$HERE/pgbench/report-step.sql@30" -f "$HERE/pgbench/dossier-new.sql@15"
      -f "$HERE/pgbench/dossier-step.sql@15" -f "$HERE/pgbench/rating.sql@5")
  }
  pgbench_ceiling() { # $1 suffix
    psql_q "drop database if exists bench_pgbench" >/dev/null; psql_q "create database bench_pgbench" >/dev/null
    timeout 120 pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -i -s 1 -q bench_pgbench >"$OUT/pgbench-init.txt" 2>&1
    measured "pgbench-N$1" "$OUT/pgbench-N$1.txt" timeout $((PGBENCH_SECONDS + 60)) pgbench -h 127.0.0.1 \
      -p "$PG_PORT" -U postgres -N -c 16 -j 2 -T "$PGBENCH_SECONDS" bench_pgbench
    result "mode=pgbench-N$1 -c16 -j2 -T$PGBENCH_SECONDS $(grep -E '^tps' "$OUT/pgbench-N$1.txt" | head -1 | tr ' ' '_' || true) $(grep -E 'latency average' "$OUT/pgbench-N$1.txt" | tr ' ' '_' || true)"
    result "$MEASURED_CPU"
    psql_q "drop database bench_pgbench" >/dev/null
  }
  aggregation() { # on|off: the figures triggers, and the platform restarted with or without its refresh
    local verb=enable flags=()
    if [[ $1 == off ]]; then verb=disable; flags=(--opencity.figures.refresh-interval=100000s); fi
    stop_server
    start_server "${flags[@]}"
    psql_q "alter table rpt_report $verb trigger rpt_figures_on_insert; alter table rpt_report $verb trigger rpt_figures_on_update;
            alter table dsr_dossier $verb trigger dsr_figures_on_insert; alter table dsr_dossier $verb trigger dsr_figures_on_update;
            alter table dsr_rating $verb trigger dsr_figures_on_rating"
    result "aggregation=$1 triggers=$(psql_q "select string_agg(tgname || ':' || tgenabled, ',' order by tgname) from pg_trigger where tgname like '%figures_on%'") refresh_flags=${flags[*]:-default}"
    sleep 15 # the JVM's own start-up work (JIT, first scheduled jobs) settles
  }
  write_run() { # $1 label, $2 mode, rest: more pgbench options (-T, -R)
    local label=$1 mode=$2 dir=$OUT/writes-$1 tps lat per failed lag dirty0
    shift 2
    pgb
    rm -rf "$dir" && mkdir -p "$dir"
    dirty0=$(psql_q "select (select count(*) from rpt_figures_dirty) + (select count(*) from dsr_figures_dirty)")
    measured "writes-$label" "$dir/pgbench.txt" bash -c "cd '$dir' && timeout 200 $(printf '%q ' "${PGB[@]}" "$@") -l --log-prefix=tx postgres"
    tps=$(grep -E '^tps' "$dir/pgbench.txt" | head -1 | awk '{print $3}' || true)
    [[ -n $tps ]] || { tail -5 "$dir/pgbench.txt" >&2; log "writes $label: pgbench gave no figures"; exit 1; }
    lat=$(cat "$dir"/tx.* | awk '{ print $3 }' | sort -n | awk '{ v[NR] = $1 } END { n = NR; printf "n=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f", n, v[int(n*0.5+0.5)]/1000, v[int(n*0.9+0.5)]/1000, v[int(n*0.99+0.5)]/1000, v[n]/1000 }')
    lag=$(cat "$dir"/tx.* | awk 'NF >= 7 { s += $7; if ($7 > m) m = $7; n++ } END { if (n) printf " schedule_lag_mean_ms=%.2f schedule_lag_max_ms=%.2f", s/n/1000, m/1000 }')
    per=$(cat "$dir"/tx.* | awk '{ n[$4]++; s[$4] += $3 } END { for (k in n) printf "script%d:%d/%.2fms ", k, n[k], s[k]/n[k]/1000 }')
    failed=$(grep -m1 -E 'number of failed transactions|aborted' "$dir/pgbench.txt" | tr -s ' ' | tr ' ' '_' || true)
    result "writes run=$label aggregation=$mode clients=$WRITE_CLIENTS $* tps=$tps $lat$lag per_script(count/mean)=[$per] $failed rc=$MEASURED_RC dirty_before=$dirty0"
    result "$MEASURED_CPU"
    rm -f "$dir"/tx.*
  }
  catch_up() { # $1 label: how long the refresh takes to empty the dirty tables after a run (bounded by CATCHUP_MAX)
    local t0 c0 c1 left
    t0=$(date +%s%3N); c0=$(cpu_snapshot)
    while left=$(psql_q "select (select count(*) from rpt_figures_dirty) + (select count(*) from dsr_figures_dirty)"); [[ $left != 0 ]]; do
      (( $(date +%s%3N) - t0 < CATCHUP_MAX * 1000 )) || break
      sleep 0.5
    done
    c1=$(cpu_snapshot)
    result "writes run=$1 catch-up after the run: $([[ $left == 0 ]] && echo "dirty tables empty after" || echo "NOT caught up ($left dirty rows left) after") $(awk -v a="$t0" -v b="$(date +%s%3N)" 'BEGIN { printf "%.1f", (b - a) / 1000 }') s (polled every 0.5 s; the refresh runs every 5 s)"
    cpu_line "catch-up-$1" "$c0" "$c1"
  }
  pgbench_ceiling ""
  i=0
  for mode in $WRITE_ORDER; do
    i=$((i + 1))
    aggregation "$mode"
    log "writes run $i: aggregation $mode, pgbench -c$WRITE_CLIENTS: $WRITE_RATE_SECONDS s at $WRITE_RATE tx/s, then $WRITE_SECONDS s as fast as it goes"
    write_run "$i-rate-$mode" "$mode" -R "$WRITE_RATE" -T "$WRITE_RATE_SECONDS"
    write_run "$i-$mode" "$mode" -T "$WRITE_SECONDS"
    if [[ $mode == on ]]; then catch_up "$i"; fi
  done
  pgbench_ceiling "-after"
  # The figures of the last 31 days against the rows: the runs with the aggregation off wrote rows that no trigger
  # noted, so those days are noted once more and left to the refresh, then compared.
  aggregation on
  psql_q "insert into rpt_figures_dirty (day) select d::date from generate_series((now() at time zone 'Asia/Ho_Chi_Minh')::date - 30, (now() at time zone 'Asia/Ho_Chi_Minh')::date, interval '1 day') d;
          insert into dsr_figures_dirty (day) select d::date from generate_series((now() at time zone 'Asia/Ho_Chi_Minh')::date - 30, (now() at time zone 'Asia/Ho_Chi_Minh')::date, interval '1 day') d"
  for _ in $(seq 1 240); do
    [[ $(psql_q "select (select count(*) from rpt_figures_dirty) + (select count(*) from dsr_figures_dirty)") == 0 ]] && break; sleep 1
  done
  D0="(now() at time zone 'Asia/Ho_Chi_Minh')::date - 30"
  result "check last_31_days: rpt_figures_received=$(psql_q "select sum(received) from rpt_figures_day where day >= $D0") rpt_rows=$(psql_q "select count(*) from rpt_report where duplicate_of is null and (created_at at time zone 'Asia/Ho_Chi_Minh')::date >= $D0") rpt_figures_resolved=$(psql_q "select sum(resolved) from rpt_figures_day where day >= $D0") rpt_resolved_rows=$(psql_q "select count(*) from rpt_report where duplicate_of is null and (resolved_at at time zone 'Asia/Ho_Chi_Minh')::date >= $D0") dsr_figures_submitted=$(psql_q "select sum(submitted) from dsr_figures_day where day >= $D0") dsr_rows=$(psql_q "select count(*) from dsr_dossier where (submitted_at at time zone 'Asia/Ho_Chi_Minh')::date >= $D0") dsr_figures_finished=$(psql_q "select sum(finished) from dsr_figures_day where day >= $D0") dsr_finished_rows=$(psql_q "select count(*) from dsr_dossier where status in ('APPROVED','REFUSED','RESULT_ISSUED','DELIVERED') and (coalesce(result_issued_at, decided_at) at time zone 'Asia/Ho_Chi_Minh')::date >= $D0")"
fi

{
  echo "server log: $(grep -c ' ERROR ' "$OUT/server.log" || true) ERROR lines, $(grep -c ' WARN ' "$OUT/server.log" || true) WARN lines"
  grep -E ' (ERROR|WARN) ' "$OUT/server.log" | sed -E 's/^[0-9T:.Z-]+ +//; s/[0-9]{2,}/N/g' | cut -c1-220 | sort | uniq -c | sort -rn | head -15
} | tee -a "$OUT/results.txt"
log "done: $OUT/results.txt"
