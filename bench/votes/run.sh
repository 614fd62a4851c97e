#!/usr/bin/env bash
# Load benchmark of the votes (issue 15, "National scale"): 200,000 votes from 200,000 distinct eligible accounts
# through the real HTTP API (POST /api/v1/polls/{id}/votes, every voter with their own bearer token), votes per
# second (overall and per 10-second window), p50/p90/p99/max, and checks in the database afterwards that the count
# equals the accepted votes exactly (none lost, none counted twice), also with a share of voters sending their vote
# twice at the same moment; then a crash (kill -9 of the JVM and PostgreSQL during votes) and a restart on the same
# data, checking that every acknowledged vote is there. Beside the figures, from the same run: the framework's trivial
# endpoint (GET /actuator/health/liveness) with wrk and with the Java client at the same concurrency, and pgbench -N
# on the same embedded PostgreSQL. Load to 127.0.0.1 only; every step bounded in time; a "cpu" line per step.
#
#   bench/votes/run.sh                 # builds the jar from HEAD (git archive, offline Maven), runs (~15 min)
#   bench/votes/run.sh /tmp/x.jar      # the same with a jar built before
#
# The script takes the machine's build lock itself (do not wrap it in flock).
#
# Server: a fresh data folder, demo data with --opencity.demo.poll-votes=0 (the demo poll "Thành phố đáng sống nhất
# 2026" starts empty), --opencity.engagement.network-limit=1000000000 (all load comes from 127.0.0.1, one network;
# the per-node anti-abuse limit is 3000 attempts/min by default and configurable). Everything else is the default:
# confirmations on, batch-size 512, vote-timeout 10 s, 64 Tomcat threads, 10 database connections.
#
# Accounts: VOTERS + the other steps' accounts are inserted straight into idn_account (identity level 2, citizen id
# hash, home ward 00070, created 30 days ago): setup, not measured. Tokens: one real access token is obtained by the
# authorization-code + PKCE flow (bench/reports/token.sh, verified@demo.opencity.vn); Load.java mints one token per
# bench account with the same claims (sub = the account, its name, fresh iat/nbf/exp/jti) signed with the platform's
# stored key (idn_signing_key), before each step, untimed. A check first shows a minted token is accepted and the same
# claims signed with another key are refused (401).
#
# Steps: warm-up (WARMUP_VOTERS, own poll, not counted: the JVM needs minutes of load before its compiled code is
# settled; the trivial endpoint doubled its rate between a fresh start and the end of run 2) · ceilings (Java client,
# wrk; at WORKERS and WORKERS_HIGH) · pgbench -N · main (VOTERS at WORKERS, on the demo poll) · the ceilings at WORKERS
# and pgbench again · high (HIGH_VOTERS at WORKERS_HIGH, own poll) · double
# (DOUBLE_VOTERS, DOUBLE_SHARE of them send the identical vote twice at once, own poll) · crash (fresh accounts, own
# poll, kill -9 after CRASH_AFTER s, restart on the same data, check) · noconf (after the restart, the server runs
# with --opencity.engagement.confirmations=false: NOCONF_VOTERS at WORKERS, own poll; 0 skips it and restarts with
# the defaults). Before every measured step the confirmations still queued (event_publication) are left to drain
# and the CPU of that drain is reported apart: it is the deferred part of the votes' cost.
#
# Settings (environment):
#   PORT 18098 · VOTERS 200000 · WORKERS 64 · WORKERS_HIGH 128 · HIGH_VOTERS 12000 · WARMUP_VOTERS 60000
#   DOUBLE_VOTERS 10000 · DOUBLE_SHARE 0.1 · CRASH_VOTERS 8000 (enough for CRASH_AFTER s) · CRASH_AFTER 10
#   NOCONF_VOTERS 20000 · WARMUP2_VOTERS 30000 (after the restart) · STEP_SECONDS 900 (bound of each vote step)
#   PROFILE_VOTERS 0 (a JFR recording, settings=profile, of that many votes after the double step, summarised by
#   jfr-votes.py; JFR slows this machine down, so that step's rate is not a figure; 0 skips it)
#   CEILING_SECONDS 10 · PGBENCH_SECONDS 10 · PGBENCH_CLIENTS 16 · DRAIN_SECONDS 240 · JAVA_OPTS "-Xms1g -Xmx1g"
#   LOAD_OPTS "-Xms1g -Xmx2g" · WRK_THREADS 2 · TIMEOUT 5 (wrk) · OUT /tmp/bench-votes-<time> · MAX_SECONDS 2400
# Minting costs about 1.4 ms of CPU per token (RSA-2048, both cores), so the main step's 200,000 tokens take ~2.5 min.
# Every step's line in results.txt is followed by a "cpu" line: cores used by the whole machine, the platform's JVM,
# PostgreSQL (postmaster + backends), the step's load generator (Load.java, wrk or pgbench), anything else, and the
# steal time reported by the hypervisor; a vote step also gets the same split for every 10 s ("cpu_by_10s").
# The ceilings are measured again right after the main step (lines "-after-main"): the machine's speed drifts.
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
PORT=${PORT:-18098}
BASE=http://127.0.0.1:$PORT
VOTERS=${VOTERS:-200000}
WORKERS=${WORKERS:-64}
WORKERS_HIGH=${WORKERS_HIGH:-128}
HIGH_VOTERS=${HIGH_VOTERS:-12000}
WARMUP_VOTERS=${WARMUP_VOTERS:-60000}
DOUBLE_VOTERS=${DOUBLE_VOTERS:-10000}
DOUBLE_SHARE=${DOUBLE_SHARE:-0.1}
CRASH_VOTERS=${CRASH_VOTERS:-8000}
CRASH_AFTER=${CRASH_AFTER:-10}
NOCONF_VOTERS=${NOCONF_VOTERS:-20000}
PROFILE_VOTERS=${PROFILE_VOTERS:-0}
WARMUP2_VOTERS=${WARMUP2_VOTERS:-30000}
STEP_SECONDS=${STEP_SECONDS:-900}
CEILING_SECONDS=${CEILING_SECONDS:-10}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-10}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-16}
DRAIN_SECONDS=${DRAIN_SECONDS:-240}
JAVA_OPTS=${JAVA_OPTS:-"-Xms1g -Xmx1g"}
LOAD_OPTS=${LOAD_OPTS:-"-Xms1g -Xmx2g"}
WRK_THREADS=${WRK_THREADS:-2}
TIMEOUT=${TIMEOUT:-5}
OUT=${OUT:-/tmp/bench-votes-$(date -u +%Y%m%d-%H%M%S)}
DATA_DIR=$OUT/data
MAX_SECONDS=${MAX_SECONDS:-2400}
SERVER_FLAGS=(--server.port="$PORT" --server.address=127.0.0.1 --opencity.data-dir="$DATA_DIR"
  --opencity.hotline.warm-up=false --opencity.demo.poll-votes=0 --opencity.engagement.network-limit=1000000000)
for tool in wrk curl jq pgbench psql java unzip; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (apt-get install -y wrk curl jq postgresql-client unzip)" >&2; exit 2; }
done

mkdir -p "$OUT"
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/run.log" >&2; }
# The watchdog's sleep is ended with it (it holds the build lock's descriptor, inherited from flock).
( trap 'kill "$sp" 2>/dev/null; exit 0' TERM; sleep "$MAX_SECONDS" & sp=$!; wait "$sp" || exit 0
  echo "run.sh: MAX_SECONDS reached" >&2; kill -TERM $$ ) &
WATCHDOG=$!
SERVER_PID=
LOAD_PID=
PG_PID=
kill_postgres() { # the embedded server is started by pg_ctl, not a child of the JVM: stop it by its own pid file
  local pid
  pid=$(head -1 "$DATA_DIR/postgres/postmaster.pid" 2>/dev/null) || return 0
  [[ -n $pid ]] && kill -INT "$pid" 2>/dev/null || true
}
cleanup() {
  [[ -n $LOAD_PID ]] && kill "$LOAD_PID" 2>/dev/null || true
  if [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null; then
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
  fi
  kill_postgres
  sleep 2
  kill "$WATCHDOG" 2>/dev/null || true
  rm -rf "$DATA_DIR" "$OUT"/*.receipts "$OUT"/accounts-*.txt "$OUT/jwk.json" "$OUT/template.jwt" "$OUT/admin.jwt"
}
trap cleanup EXIT

if [[ -z $JAR ]]; then
  JAR_SOURCE="commit $(cd "$ROOT" && git rev-parse --short HEAD) (git archive HEAD, without uncommitted edits)"
  log "building the jar from $JAR_SOURCE: ./mvnw -B -ntp -o -q package -DskipTests"
  rm -rf "$OUT/src" && mkdir -p "$OUT/src"
  (cd "$ROOT" && git archive HEAD) | tar -x -C "$OUT/src"
  (cd "$OUT/src" && ./mvnw -B -ntp -o -q package -DskipTests) >"$OUT/build.log" 2>&1 \
    || { tail -30 "$OUT/build.log" >&2; exit 1; }
  JAR=$OUT/opencity.jar
  cp "$(ls "$OUT"/src/target/opencity-*.jar | grep -v -- '-plain' | head -1)" "$JAR"
  rm -rf "$OUT/src"
fi
if curl -s -o /dev/null --max-time 2 "$BASE/actuator/health"; then
  echo "run.sh: something already answers on $BASE" >&2; exit 2
fi
unzip -j -o -q "$JAR" 'BOOT-INF/lib/nimbus-jose-jwt-*.jar' -d "$OUT/lib"
NIMBUS=$(ls "$OUT"/lib/nimbus-jose-jwt-*.jar | head -1)
# shellcheck disable=SC2206
LOAD=(java $LOAD_OPTS -cp "$NIMBUS" "$HERE/Load.java")

start_server() { # extra flags
  log "starting $JAR on $BASE ${*:-} (data folder $DATA_DIR)"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" "${SERVER_FLAGS[@]}" "$@" >>"$OUT/server.log" 2>&1 &
  SERVER_PID=$!
  local started
  started=$(grep -c "OpenCity is running" "$OUT/server.log" || true)
  for _ in $(seq 1 240); do
    [[ $(grep -c "OpenCity is running" "$OUT/server.log" || true) -gt $started ]] && break
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -40 "$OUT/server.log" >&2; exit 1; }
    sleep 1
  done
  [[ $(grep -c "OpenCity is running" "$OUT/server.log" || true) -gt $started ]] \
    || { echo "run.sh: not running after 240 s" >&2; exit 1; }
  PG_PORT=$(sed -n 4p "$DATA_DIR/postgres/postmaster.pid")
  PG_PID=$(head -1 "$DATA_DIR/postgres/postmaster.pid")
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
  echo "kernel: $(uname -r)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "wrk: $(wrk --version 2>&1 | head -1)"
  echo "jar: $JAR ($(stat -c '%s bytes' "$JAR"))"
  echo "nimbus (token minting in Load.java): $(basename "$NIMBUS")"
  echo "postgres: $(psql_q 'select version()')"
  echo "postgres settings: $(psql_q "select string_agg(name||'='||setting, ' ') from pg_settings where name in ('fsync','synchronous_commit','full_page_writes','wal_sync_method','commit_delay','shared_buffers','max_connections')")"
  echo "server flags: ${SERVER_FLAGS[*]}"
  echo "JAVA_OPTS: $JAVA_OPTS · Load.java: $LOAD_OPTS"
  echo "load before the run (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$OUT/machine.txt"
cat "$OUT/machine.txt" >&2

CLK_TCK=$(getconf CLK_TCK)
ticks_of() { local st; st=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }; st=${st##*) }
  awk -v c="${2:-0}" '{ t = $12 + $13; if (c == 1) t += $14 + $15; print t }' <<<"$st"; }
pg_ticks() { local t c; t=$(ticks_of "$PG_PID" 1); for c in $(ps -o pid= --ppid "$PG_PID"); do t=$((t + $(ticks_of "$c"))); done; echo "$t"; }
GEN_PID= # the load generator of the step running now (Load.java, wrk or pgbench)
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

# ---------------------------------------------------------------------------------------------------- setup
TOTAL=$((WARMUP_VOTERS + VOTERS + HIGH_VOTERS + DOUBLE_VOTERS + PROFILE_VOTERS + CRASH_VOTERS + WARMUP2_VOTERS + NOCONF_VOTERS))
log "inserting $TOTAL eligible accounts (identity level 2) into idn_account (setup, not measured)"
psql_q "insert into idn_account (id, email, display_name, password_hash, identity_level, citizen_id_hash,
          citizen_id_last3, verified_at, home_ward_code, created_at, password_changed_at)
        select md5('bench-voter-' || g)::uuid, 'voter' || g || '@bench.opencity.vn', 'Cử tri thử ' || g,
          '{noop}unused', 2, 'bench-' || md5('bench-citizen-' || g), lpad((g % 1000)::text, 3, '0'),
          now() - interval '30 days', '00070', now() - interval '30 days', now() - interval '30 days'
        from generate_series(1, $TOTAL) g" >/dev/null
psql_q "analyze idn_account" >/dev/null
FIRST=1
accounts() { # $1 name, $2 count: the next $2 bench accounts, "id TAB name" per line
  local last=$((FIRST + $2 - 1))
  psql_q "\\copy (select md5('bench-voter-' || g)::uuid, 'Cử tri thử ' || g from generate_series($FIRST, $last) g) to '$OUT/accounts-$1.txt'"
  FIRST=$((last + 1))
}
accounts warmup "$WARMUP_VOTERS"; accounts main "$VOTERS"; accounts high "$HIGH_VOTERS"; accounts double "$DOUBLE_VOTERS"
accounts profile "$PROFILE_VOTERS"
accounts crash "$CRASH_VOTERS"; accounts warmup2 "$WARMUP2_VOTERS"; accounts noconf "$NOCONF_VOTERS"
log "$(psql_q "select count(*) from idn_account where identity_level = 2") accounts at identity level 2"

log "a real access token: authorization code + PKCE as verified@demo.opencity.vn (bench/reports/token.sh)"
BASE=$BASE "$ROOT/bench/reports/token.sh" verified@demo.opencity.vn >"$OUT/template.jwt"
BASE=$BASE "$ROOT/bench/reports/token.sh" admin@demo.opencity.vn >"$OUT/admin.jwt"
psql_q "select jwk from idn_signing_key order by created_at, kid limit 1" >"$OUT/jwk.json"
"${LOAD[@]}" check base="$BASE" jwk="$OUT/jwk.json" template="$OUT/template.jwt" \
  account="$(head -1 "$OUT/accounts-warmup.txt" | cut -f1)" name="$(head -1 "$OUT/accounts-warmup.txt" | cut -f2)" \
  | tee -a "$OUT/results.txt" || { log "minted tokens are not accepted as expected: stopping"; exit 1; }

LIVABLE=$(curl -s --max-time 10 "$BASE/api/v1/polls" | jq -r '.[] | select(.title == "Thành phố đáng sống nhất 2026") | .id')
[[ -n $LIVABLE ]] || { echo "run.sh: the demo poll is missing" >&2; exit 1; }
curl -s --max-time 10 -H 'Accept-Language: vi' "$BASE/api/v1/polls/$LIVABLE" >"$OUT/poll.json"
jq -r '.criteria[].code' "$OUT/poll.json" >"$OUT/criteria.txt"
jq -r '.candidates[].code' "$OUT/poll.json" >"$OUT/candidates.txt"
result "poll $LIVABLE \"$(jq -r .title "$OUT/poll.json")\" status=$(jq -r .status "$OUT/poll.json") ballot=$(jq -r .ballot "$OUT/poll.json") criteria=$(wc -l <"$OUT/criteria.txt") candidates=$(wc -l <"$OUT/candidates.txt") minIdentityLevel=$(jq -r .minIdentityLevel "$OUT/poll.json") changeable=$(jq -r .changeable "$OUT/poll.json") liveResults=$(jq -r .liveResults "$OUT/poll.json") votes_before=$(psql_q "select count(*) from eng_vote where poll_id = '$LIVABLE'")"
new_poll() { # $1 title: a copy of the demo poll's rules, created by the administrator through the API; prints its id
  local opens closes
  opens=$(date -u -d '-1 hour' +%FT%TZ); closes=$(date -u -d '+30 days' +%FT%TZ)
  jq --arg t "$1" --arg o "$opens" --arg c "$closes" '{kind: "POLL", titleVi: $t, ballot: .ballot, maxChoices: .maxChoices,
      opensAt: $o, closesAt: $c, audience: .audience, minIdentityLevel: .minIdentityLevel, changeable: .changeable,
      liveResults: .liveResults, criteria: [.criteria[] | {code, nameVi: .name}], candidates: [.candidates[] | {code, nameVi: .name}]}' \
    "$OUT/poll.json" \
  | curl -s --max-time 10 -H "Authorization: Bearer $(cat "$OUT/admin.jwt")" -H 'Content-Type: application/json' \
      --data-binary @- "$BASE/api/v1/polls" | jq -r .id
}
declare -A POLL
POLL[main]=$LIVABLE
for step in warmup high double profile crash noconf; do
  POLL[$step]=$(new_poll "Bench votes: $step")
  [[ ${POLL[$step]} =~ ^[0-9a-f-]{36}$ ]] || { echo "run.sh: could not create the poll of $step" >&2; exit 1; }
done
POLL[warmup2]=${POLL[warmup]}
log "polls: $(for s in "${!POLL[@]}"; do printf '%s=%s ' "$s" "${POLL[$s]}"; done)"

pending() { psql_q "select count(*) from event_publication where completion_date is null"; }
drain() { # $1 step name: waits for the queued confirmations (event publications) to be handled, reports its CPU
  local c0 c1 t0 n
  n=$(pending)
  t0=$(date +%s)
  c0=$(cpu_snapshot)
  while [[ $(pending) -gt 0 && $(($(date +%s) - t0)) -lt $DRAIN_SECONDS ]]; do sleep 1; done
  c1=$(cpu_snapshot)
  result "drain after=$1 confirmations_pending_at_end_of_step=$n drained_in_s=$(($(date +%s) - t0)) pending_now=$(pending)"
  ((n == 0)) || cpu_line "drain-$1" "$c0" "$c1"
}

# ---------------------------------------------------------------------------------------------------- ceilings
measured() { # $1 step name, $2 output file, rest: the load generator's command; its CPU is counted apart: it runs
  # under a wrapper that, once the command has ended, stays for a moment as a sleep whose counters hold the CPU of its
  # reaped children (the command, and what it started: timeout -> wrk)
  local name=$1 out=$2 c0 c1 flag=$OUT/.measured-done
  shift 2
  rm -f "$flag"
  bash -c 'out=$1 flag=$2; shift 2; "$@" >"$out" 2>&1; touch "$flag"; exec sleep 30' wrapper "$out" "$flag" "$@" &
  GEN_PID=$!
  c0=$(cpu_snapshot)
  while [[ ! -e $flag ]] && kill -0 "$GEN_PID" 2>/dev/null; do sleep 0.1; done
  c1=$(cpu_snapshot)
  kill "$GEN_PID" 2>/dev/null || true
  wait "$GEN_PID" 2>/dev/null || true
  GEN_PID=
  MEASURED_CPU=$(cpu_fmt "$name" "$c0" "$c1")
}
java_ceiling() { # $1 workers
  timeout 60 "${LOAD[@]}" ceiling base="$BASE" seconds=5 workers="$1" >/dev/null
  measured "ceiling-$1$SUFFIX" "$OUT/ceiling-$1$SUFFIX.txt" \
    timeout $((CEILING_SECONDS + 90)) "${LOAD[@]}" ceiling base="$BASE" seconds="$CEILING_SECONDS" workers="$1"
  result "$(sed "s/^mode=ceiling/mode=ceiling$SUFFIX/" "$OUT/ceiling-$1$SUFFIX.txt")"
  result "$MEASURED_CPU"
}
wrk_ceiling() { # $1 connections
  wrk -t"$WRK_THREADS" -c"$1" -d5s "$BASE/actuator/health/liveness" >/dev/null 2>&1 || true
  measured "wrk-ceiling-$1$SUFFIX" "$OUT/wrk-ceiling-$1$SUFFIX.txt" env BENCH_DIR="$ROOT/bench/reports" \
    timeout $((CEILING_SECONDS + TIMEOUT + 30)) wrk -t"$WRK_THREADS" -c"$1" -d"${CEILING_SECONDS}s" --timeout "${TIMEOUT}s" \
    --latency -s "$ROOT/bench/reports/get.lua" "$BASE/actuator/health/liveness"
  result "mode=wrk-ceiling$SUFFIX wrk -t$WRK_THREADS -c$1 -d${CEILING_SECONDS}s $(grep -E '^RESULT' "$OUT/wrk-ceiling-$1$SUFFIX.txt" | cut -d' ' -f2- || echo 'no RESULT')"
  result "$MEASURED_CPU"
}
pgbench_ceiling() {
  psql_q "create database bench_pgbench" >/dev/null
  timeout 120 pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -i -s 1 -q bench_pgbench >"$OUT/pgbench-init.txt" 2>&1
  measured "pgbench$SUFFIX" "$OUT/pgbench$SUFFIX.txt" timeout $((PGBENCH_SECONDS + 60)) pgbench -h 127.0.0.1 \
    -p "$PG_PORT" -U postgres -N -c "$PGBENCH_CLIENTS" -j 2 -T "$PGBENCH_SECONDS" bench_pgbench
  result "mode=pgbench$SUFFIX -N -c$PGBENCH_CLIENTS -j2 -T$PGBENCH_SECONDS $(grep -E '^tps' "$OUT/pgbench$SUFFIX.txt" | head -1 | tr ' ' '_') $(grep -E 'latency average' "$OUT/pgbench$SUFFIX.txt" | tr ' ' '_')"
  result "$MEASURED_CPU"
  psql_q "drop database bench_pgbench" >/dev/null
}

# ---------------------------------------------------------------------------------------------------- votes
CRASH_KILLED=
vote_step() { # $1 name, $2 workers, $3 double share, rest: more Load.java arguments
  local name=$1 workers=$2 share=$3 c0 c1 t0
  shift 3
  rm -f "$OUT/$name.started" "$OUT/$name.stopped"
  "${LOAD[@]}" vote base="$BASE" poll="${POLL[$name]}" workers="$workers" accounts="$OUT/accounts-$name.txt" \
    jwk="$OUT/jwk.json" template="$OUT/template.jwt" criteria="$OUT/criteria.txt" candidates="$OUT/candidates.txt" \
    receipts="$OUT/$name.receipts" seconds="$STEP_SECONDS" double="$share" label="$name" \
    started="$OUT/$name.started" stopped="$OUT/$name.stopped" "$@" >"$OUT/$name.out" 2>>"$OUT/run.log" &
  LOAD_PID=$!
  t0=$(date +%s)
  while [[ ! -e $OUT/$name.started ]]; do
    kill -0 "$LOAD_PID" 2>/dev/null || { cat "$OUT/$name.out" >&2; echo "run.sh: Load.java ended early" >&2; exit 1; }
    (($(date +%s) - t0 < 600)) || { echo "run.sh: Load.java did not start within 600 s" >&2; exit 1; }
    sleep 0.2
  done
  GEN_PID=$LOAD_PID
  c0=$(cpu_snapshot)
  # the same split every 10 s of the step, to see whether it drifts
  ( trap 'kill "$sp" 2>/dev/null; exit 0' TERM; prev=$c0
    while true; do sleep 10 & sp=$!; wait "$sp"; cur=$(cpu_snapshot); cpu_fmt "$name" "$prev" "$cur"; prev=$cur; done
  ) >"$OUT/$name.cpu10" &
  local sampler=$!
  if [[ $name == crash ]]; then
    sleep "$CRASH_AFTER"
    c1=$(cpu_snapshot)
    # kill -9 of the platform's JVM and of PostgreSQL (postmaster and every backend) at the same instant
    local victims
    victims="$SERVER_PID $PG_PID $(ps -o pid= --ppid "$PG_PID" | xargs)"
    # shellcheck disable=SC2086
    kill -9 $victims 2>/dev/null || true
    CRASH_KILLED=$(date -u +%T.%N)
    sleep 0.5
    local alive=0 v
    for v in $victims; do [[ -d /proc/$v && $(awk '{print $3}' "/proc/$v/stat" 2>/dev/null) != Z ]] && alive=$((alive + 1)); done
    result "crash: kill -9 at $CRASH_KILLED of the JVM ($SERVER_PID) and PostgreSQL (postmaster $PG_PID and $(($(wc -w <<<"$victims") - 2)) backends/workers); still alive 0.5 s later: $alive; postmaster.pid left behind (no clean shutdown): $([[ -e $DATA_DIR/postgres/postmaster.pid ]] && echo yes || echo no)"
  fi
  t0=$(date +%s)
  while [[ ! -e $OUT/$name.stopped ]] && kill -0 "$LOAD_PID" 2>/dev/null; do
    (($(date +%s) - t0 < STEP_SECONDS + 120)) || break
    sleep 0.2
  done
  [[ $name == crash ]] || c1=$(cpu_snapshot)
  kill "$sampler" 2>/dev/null || true
  wait "$LOAD_PID" || true
  LOAD_PID=
  GEN_PID=
  tee -a "$OUT/results.txt" <"$OUT/$name.out"
  cpu_line "$name$([[ $name == crash ]] && echo "-until-kill" || true)" "$c0" "$c1"
  awk -v n="$name" '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] ~ /^(jvm|postgres|generator|other)$/) v[kv[1]] = v[kv[1]] " " kv[2] } }
    END { printf "cpu_by_10s label=%s jvm=[%s ] postgres=[%s ] generator=[%s ] other=[%s ]\n", n, v["jvm"], v["postgres"], v["generator"], v["other"] }' \
    "$OUT/$name.cpu10" | tee -a "$OUT/results.txt"
}
check() { # $1 name: the poll's rows against the voters' receipts (what the voters were told)
  local name=$1 poll=${POLL[$1]} crit
  crit=$(paste -sd, "$OUT/criteria.txt" | sed "s/[^,]*/'&'/g")
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -XAtq -v ON_ERROR_STOP=1 <<SQL | tee -a "$OUT/results.txt"
create temp table r (voter uuid, fingerprint text, receipt text, cands text);
\\copy r from '$OUT/$name.receipts'
create temp table c as select code, ord from unnest(array[$crit]) with ordinality as x(code, ord);
create temp table v as select * from eng_vote where poll_id = '$poll';
with per as (select criterion, count(*) n from v group by 1),
     tally as (select criterion, candidate, votes from eng_tally where poll_id = '$poll' and votes <> 0),
     recount as (select criterion, choices[1] candidate, count(*) votes from v group by 1, 2),
     levels as (select criterion, sum(votes) votes from eng_level_tally where poll_id = '$poll' group by 1),
     sent as (select r.voter, r.fingerprint, c.code criterion, split_part(r.cands, ',', c.ord::int) candidate from r cross join c)
select 'check label=$name'
  || ' receipts=' || (select count(*) from r)
  || ' receipt_voters=' || (select count(distinct voter) from r)
  || ' rows=' || (select count(*) from v)
  || ' rows_per_criterion=' || (select string_agg(criterion || ':' || n, ',' order by criterion) from per)
  || ' criteria_with_rows_ne_receipt_voters=' || (select count(*) from c left join per on per.criterion = c.code
                                                   where coalesce(per.n, 0) <> (select count(distinct voter) from r))
  || ' distinct_voters=' || (select count(distinct voter) from v)
  || ' rows_minus_distinct_criterion_voter=' || (select count(*) - count(distinct (criterion, voter)) from v)
  || ' lost=' || (select count(*) from sent where not exists (select 1 from v where v.criterion = sent.criterion
                   and v.voter = sent.voter and v.fingerprint = sent.fingerprint))
  || ' altered=' || (select count(*) from sent join v on v.criterion = sent.criterion and v.voter = sent.voter
                     and v.fingerprint = sent.fingerprint where v.choices <> array[sent.candidate])
  || ' unacknowledged_rows=' || (select count(*) from v where not exists (select 1 from r where r.voter = v.voter
                                 and r.fingerprint = v.fingerprint))
  || ' tally_sum=' || (select coalesce(sum(votes), 0) from tally)
  || ' tally_ne_recount=' || (select count(*) from tally full join recount using (criterion, candidate)
                              where tally.votes is distinct from recount.votes)
  || ' inbox_confirmations=' || (select count(*) from ntf_inbox where source_event like 'vote:$poll:%')
  || ' level_tally_ne_rows=' || (select count(*) from c left join levels on levels.criterion = c.code
                                 left join per on per.criterion = c.code
                                 where coalesce(levels.votes, 0) <> coalesce(per.n, 0));
SQL
}

log "warm-up: $WARMUP_VOTERS voters, $WORKERS workers, own poll (not counted)"
vote_step warmup "$WORKERS" 0 >/dev/null
check warmup >/dev/null
drain warmup

SUFFIX=
for c in "$WORKERS" "$WORKERS_HIGH"; do
  log "ceiling: GET /actuator/health/liveness, Load.java $c workers, $CEILING_SECONDS s (after 5 s unmeasured)"
  java_ceiling "$c"
  log "ceiling: the same with wrk -t$WRK_THREADS -c$c"
  wrk_ceiling "$c"
done
log "pgbench -N, $PGBENCH_CLIENTS clients, $PGBENCH_SECONDS s, on the platform's embedded PostgreSQL"
pgbench_ceiling

log "main: $VOTERS voters, $WORKERS workers, the demo poll"
vote_step main "$WORKERS" 0
drain main
check main

SUFFIX=-after-main
log "ceilings again after the main step: Load.java and wrk at $WORKERS, pgbench -N"
java_ceiling "$WORKERS"
wrk_ceiling "$WORKERS"
pgbench_ceiling
SUFFIX=

log "high: $HIGH_VOTERS voters, $WORKERS_HIGH workers, own poll"
vote_step high "$WORKERS_HIGH" 0
drain high
check high

log "double: $DOUBLE_VOTERS voters, $DOUBLE_SHARE of them send the same vote twice at once, $WORKERS workers, own poll"
vote_step double "$WORKERS" "$DOUBLE_SHARE"
drain double
check double

if ((PROFILE_VOTERS > 0)); then
  log "profile: $PROFILE_VOTERS voters, $WORKERS workers, own poll, with JFR (settings=profile) on the platform's JVM"
  jcmd "$SERVER_PID" JFR.start name=votes settings=profile filename="$OUT/profile.jfr" >/dev/null 2>&1 || true
  vote_step profile "$WORKERS" 0 >/dev/null
  jcmd "$SERVER_PID" JFR.stop name=votes >/dev/null 2>&1 || true
  drain profile >/dev/null
  check profile >/dev/null
  if [[ -f $OUT/profile.jfr ]] && command -v jfr >/dev/null; then
    timeout 300 python3 "$HERE/jfr-votes.py" "$OUT/profile.jfr" >"$OUT/profile.txt" 2>&1 || true
  fi
fi

log "crash: $CRASH_VOTERS fresh voters, $WORKERS workers, kill -9 of the JVM and PostgreSQL after $CRASH_AFTER s"
vote_step crash "$WORKERS" 0 stop-on-error=true
for _ in $(seq 1 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
if ((NOCONF_VOTERS > 0)); then
  start_server --opencity.engagement.confirmations=false
else
  start_server
fi
result "restart after the crash: up again; the platform's log says: $(grep -E 'postmaster.pid.*(gone|stale|orphan)|which is gone' "$OUT/server.log" | tail -1 | sed -E 's/.*\] //' | cut -c1-200)"
drain restart
check crash

if ((NOCONF_VOTERS > 0)); then
  log "after the restart (confirmations off): warm-up $WARMUP2_VOTERS voters, then noconf: $NOCONF_VOTERS voters, $WORKERS workers"
  vote_step warmup2 "$WORKERS" 0 >/dev/null
  drain warmup2
  vote_step noconf "$WORKERS" 0
  drain noconf
  check noconf
fi

{
  echo "server log: $(grep -c ' ERROR ' "$OUT/server.log" || true) ERROR lines, $(grep -c ' WARN ' "$OUT/server.log" || true) WARN lines"
  grep -E ' (ERROR|WARN) ' "$OUT/server.log" | sed -E 's/^[0-9T:.Z-]+ +//; s/[0-9]{2,}/N/g' | cut -c1-220 | sort | uniq -c | sort -rn | head -15
} | tee -a "$OUT/results.txt"
log "done: $OUT/results.txt"
