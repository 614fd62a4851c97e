#!/usr/bin/env bash
# Load benchmark for dossiers: whole online submissions (start a draft, upload every required PDF, submit) and
# the public status look-up (GET /api/v1/dossier-status), with wrk, on loopback only. Same conventions as
# bench/reports/run.sh; reuses its token.sh (authorization code + PKCE with curl) and common.lua.
#
#   bench/dossiers/run.sh /tmp/bench-dossier.jar      # starts that jar on BASE's port, runs, stops it
#   BASE=http://127.0.0.1:18090 bench/dossiers/run.sh  # uses a platform that is already running
#
# Settings (environment):
#   BASE          http://127.0.0.1:18090   must be http://127.0.0.1:<port>; nothing else is ever contacted
#   SCENARIOS     "submit lookup"
#                 submit  per wrk thread (one connection each) one bench resident runs dossier after dossier for
#                         birth registration 1.001193: POST /api/v1/dossiers -> 201, a multipart
#                         POST /api/v1/dossiers/{code}/documents per required document -> 201,
#                         POST /api/v1/dossiers/{code}/submit -> 200 (submit.lua)
#                 lookup  GET /api/v1/dossier-status?code=...&phone=<last 4 digits>, anonymous, random pairs of the
#                         dossiers submitted so far, fetched with GET /api/v1/dossiers per resident (lookup.lua)
#   SUBMIT_CONNECTIONS "8 32"             wrk connections (= wrk threads) per measured submission run
#   LOOKUP_CONNECTIONS "8 32 64"          wrk connections per measured look-up run (LOOKUP_THREADS wrk threads)
#   LOOKUP_THREADS 2
#   DURATION      30                      seconds per measured run
#   WARMUP        5                       seconds of unmeasured load at the same concurrency before each run
#   WARM_ALL      150                     seconds of unmeasured load before the first measured run (two thirds
#                                         submissions at 8 connections, then look-ups at 32), for the JIT; 0 to skip
#   TIMEOUT       5                       wrk request timeout in seconds
#   RESIDENTS     largest of SUBMIT_CONNECTIONS   bench residents, signed up through POST /api/v1/accounts (home
#                                         ward 00070), verified to identity level 2 by the Hoàn Kiếm ward officer
#   OFFICER       officer.hoankiem@demo.opencity.vn
#   PASSWORD      OpenCity@2026           residents' and officer's password
#   PDF_BYTES     0                       extra bytes of padding in the uploaded PDF (0: a 700-byte one-page PDF)
#   JAVA_OPTS     "-Xms1g -Xmx1g"         JVM options when a jar is given
#   DATA_DIR      /tmp/bench-dossier-data  --opencity.data-dir when a jar is given; must not exist (fresh database)
#   SERVER_PID    found from BASE's port   the platform's JVM (CPU accounting)
#   PG_PORT       from DATA_DIR            the platform's PostgreSQL port on 127.0.0.1 (pg_stat_* and table sizes)
#   LOCK          /tmp/opencity-maven.lock the whole run holds this lock (flock), so that no build of the other
#                                         engineers runs meanwhile (they wait); "" for none
#   QUIET_WAIT    60, QUIET_CPU 20        wait up to QUIET_WAIT s for other processes to go below QUIET_CPU % of a core
#   BUSY_LIMIT    0.25, RETRIES 1         measure again (at most RETRIES times) if others used more cores than this
#   MAX_SECONDS   1200                    hard limit for the whole script
#   OUT           /tmp/bench-dossiers-<time>  raw wrk outputs, machine.txt, run.log, results.tsv, summary.tsv
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
LOCK=${LOCK-/tmp/opencity-maven.lock}
if [[ -n $LOCK && -z ${BENCH_LOCK_HELD:-} ]]; then
  echo "run.sh: waiting for $LOCK (other engineers' builds finish first, then wait for this run)" >&2
  exec env BENCH_LOCK_HELD=1 flock -w 1800 "$LOCK" "$0" "$@"
fi

JAR=${1:-}
BASE=${BASE:-http://127.0.0.1:18090}
SCENARIOS=${SCENARIOS:-"submit lookup"}
SUBMIT_CONNECTIONS=${SUBMIT_CONNECTIONS:-"8 32"}
LOOKUP_CONNECTIONS=${LOOKUP_CONNECTIONS:-"8 32 64"}
LOOKUP_THREADS=${LOOKUP_THREADS:-2}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-5}
WARM_ALL=${WARM_ALL:-150}
TIMEOUT=${TIMEOUT:-5}
max_conns=$(tr ' ' '\n' <<<"$SUBMIT_CONNECTIONS" | sort -n | tail -1)
RESIDENTS=${RESIDENTS:-$max_conns}
OFFICER=${OFFICER:-officer.hoankiem@demo.opencity.vn}
PASSWORD=${PASSWORD:-OpenCity@2026}
PDF_BYTES=${PDF_BYTES:-0}
JAVA_OPTS=${JAVA_OPTS:-"-Xms1g -Xmx1g"}
DATA_DIR=${DATA_DIR:-/tmp/bench-dossier-data}
QUIET_WAIT=${QUIET_WAIT:-60}
QUIET_CPU=${QUIET_CPU:-20}
BUSY_LIMIT=${BUSY_LIMIT:-0.25}
RETRIES=${RETRIES:-1}
MAX_SECONDS=${MAX_SECONDS:-1200}
OUT=${OUT:-/tmp/bench-dossiers-$(date -u +%Y%m%d-%H%M%S)}
RUN_ID=${RUN_ID:-$(date +%s)}
export BENCH_DIR=$HERE RUN_ID

if [[ ! $BASE =~ ^http://127\.0\.0\.1:([0-9]+)$ ]]; then
  echo "run.sh: BASE must be http://127.0.0.1:<port> (loopback only), got $BASE" >&2
  exit 2
fi
PORT=${BASH_REMATCH[1]}
for tool in wrk curl openssl jq python3; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (apt-get install -y wrk curl openssl jq)" >&2; exit 2; }
done
mkdir -p "$OUT"
CLK_TCK=$(getconf CLK_TCK)
STARTED_PID=""
WATCHDOG=""

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
    fi
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM
# The watchdog's sleep is ended with it (it holds the build lock's descriptor when run under flock).
( trap 'kill "$sp" 2>/dev/null; exit 0' TERM; sleep "$MAX_SECONDS" & sp=$!; wait "$sp" || exit 0
  echo "run.sh: MAX_SECONDS=$MAX_SECONDS reached, stopping" >&2; kill -TERM $$ ) 2>/dev/null &
WATCHDOG=$!

# ---------------------------------------------------------------------------------------------------- server
if [[ -n $JAR ]]; then
  [[ -f $JAR ]] || { echo "run.sh: no jar at $JAR" >&2; exit 2; }
  if curl -s -o /dev/null --max-time 2 "$BASE/actuator/health"; then
    echo "run.sh: something already answers on $BASE; stop it or run without a jar" >&2; exit 2
  fi
  if [[ -e $DATA_DIR ]]; then
    echo "run.sh: $DATA_DIR exists; the benchmark starts from a fresh database (rm -rf it or set DATA_DIR)" >&2; exit 2
  fi
  mkdir -p "$DATA_DIR"
  log "starting java $JAVA_OPTS -jar $JAR --server.port=$PORT --opencity.data-dir=$DATA_DIR"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --opencity.data-dir="$DATA_DIR" \
    --opencity.base-url="$BASE" >"$OUT/server.log" 2>&1 &
  STARTED_PID=$!
  SERVER_PID=$STARTED_PID
  for _ in $(seq 1 240); do
    grep -q "OpenCity is running" "$OUT/server.log" && break
    kill -0 "$STARTED_PID" 2>/dev/null || { tail -40 "$OUT/server.log" >&2; echo "run.sh: the platform died" >&2; exit 1; }
    sleep 1
  done
  grep -q "OpenCity is running" "$OUT/server.log" || { echo "run.sh: no 'OpenCity is running' after 240 s" >&2; exit 1; }
  log "platform is running (pid $SERVER_PID)"
else
  curl -sf -o /dev/null --max-time 5 "$BASE/actuator/health" || { echo "run.sh: nothing healthy at $BASE" >&2; exit 2; }
  if [[ -z ${SERVER_PID:-} ]]; then
    SERVER_PID=$(ss -Hltnp "sport = :$PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
  fi
fi
SERVER_PID=${SERVER_PID:-}
if [[ -z ${PG_PORT:-} && -f $DATA_DIR/postgres/postmaster.pid ]]; then
  PG_PORT=$(sed -n 4p "$DATA_DIR/postgres/postmaster.pid")
fi
PG_PORT=${PG_PORT:-}
PG_PID=$(head -1 "$DATA_DIR/postgres/postmaster.pid" 2>/dev/null || true)
psql_q() { [[ -n $PG_PORT ]] && command -v psql >/dev/null && psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -XAtq -F $'\t' -c "$1" 2>/dev/null; }

# ---------------------------------------------------------------------------------------------------- machine
{
  echo "date_utc: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
  echo "kernel: $(uname -r)"
  echo "wrk: $(wrk --version 2>&1 | head -1)"
  echo "java -version:"; java -version 2>&1 | sed 's/^/  /'
  [[ -n $JAR ]] && echo "jar: $JAR ($(stat -c '%s bytes, modified %y' "$JAR"))"
  echo "checkout: $(git -C "$HERE" log -1 --oneline 2>/dev/null || echo '?')"
  echo "base: $BASE  server_pid: ${SERVER_PID:-?}  pg_port: ${PG_PORT:-?}  pg_pid: ${PG_PID:-?}"
  if [[ -n $SERVER_PID ]] && command -v jcmd >/dev/null; then
    echo "jvm flags:"; jcmd "$SERVER_PID" VM.flags 2>/dev/null | tail -n +2 | tr ' ' '\n' | grep -E 'Heap|GC|Xm|Processor|CICompiler' | sed 's/^/  /'
  fi
  echo "postgres: $(psql_q 'select version()' || echo '?')"
  echo "postgres settings: $(psql_q "select string_agg(name||'='||setting, ' ') from pg_settings where name in ('fsync','synchronous_commit','shared_buffers','max_connections','wal_level')" || echo '?')"
} >"$OUT/machine.txt"
cat "$OUT/machine.txt" >&2

# ---------------------------------------------------------------------------------------------------- helpers
ticks_of() { # utime+stime (+ children's, when $2 is 1) of one process, in clock ticks
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
  stat=${stat##*) }
  awk -v c="${2:-0}" '{ t = $12 + $13; if (c == 1) t += $14 + $15; print t }' <<<"$stat"
}
pg_ticks() { # the postmaster and its backends
  [[ -n $PG_PID ]] || { echo 0; return; }
  local total child
  total=$(ticks_of "$PG_PID" 1)
  for child in $(ps -o pid= --ppid "$PG_PID" 2>/dev/null); do total=$((total + $(ticks_of "$child"))); done
  echo "$total"
}
machine_ticks() { awk '/^cpu / { print $2+$3+$4+$7+$8+$9 }' /proc/stat; }
gc_seconds() {
  [[ -n $SERVER_PID ]] && command -v jstat >/dev/null || { echo 0; return; }
  jstat -gc "$SERVER_PID" 2>/dev/null | awk 'NR == 2 { print $NF }' || echo 0
}
jvm_ticks() { # CPU ticks of the JVM's threads by kind: request (Tomcat), JIT, GC+VM, rest
  [[ -n $SERVER_PID ]] || { echo "0 0 0 0"; return; }
  cat /proc/"$SERVER_PID"/task/*/stat 2>/dev/null | awk '{
    l = $0; i = index(l, "("); j = length(l); while (j > i && substr(l, j, 1) != ")") j--
    name = substr(l, i + 1, j - i - 1); split(substr(l, j + 2), f, " "); t = f[12] + f[13]
    if (name ~ /^C[12] Compiler/) jit += t
    else if (name ~ /^(GC Thread|G1 |VM Thread)/) gc += t
    else if (name ~ /^http-nio/) req += t
    else rest += t
  } END { printf "%d %d %d %d\n", req, jit, gc, rest }'
}
cpu_snapshot() { echo "$(machine_ticks) $( [[ -n $SERVER_PID ]] && ticks_of "$SERVER_PID" || echo 0) $(pg_ticks)"; }
wait_quiet() {
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
pg_counters() { # commits, inserted, updated rows, blocks written by backends+checkpointer (bgwriter), WAL bytes
  psql_q "select xact_commit, tup_inserted, tup_updated,
            (select pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint
          from pg_stat_database where datname = 'postgres'" | tr '\t' ' ' || echo "0 0 0 0"
}
table_sizes() {
  psql_q "select 'dsr_dossier rows=' || (select count(*) from dsr_dossier) ||
            ' (submitted ' || (select count(*) from dsr_dossier where status <> 'DRAFT') || ')' ||
            ', dsr_document rows=' || (select count(*) from dsr_document) ||
            ', dsr_document total size=' || pg_size_pretty(pg_total_relation_size('dsr_document')) ||
            ', dsr_dossier total size=' || pg_size_pretty(pg_total_relation_size('dsr_dossier'))" || echo "?"
}

# ---------------------------------------------------------------------------------------------------- residents
PDF=$OUT/giay-chung-sinh.pdf
python3 "$HERE/make-pdf.py" "$PDF" "$PDF_BYTES"
export PDF
log "upload PDF: $PDF ($(stat -c %s "$PDF") bytes)"

IDS=(); PHONES=(); EMAILS=(); TOKENS=""
post_json() { # $1 url, $2 body, $3 token or "", $4 output file; prints the status
  local auth=()
  [[ -n $3 ]] && auth=(-H "Authorization: Bearer $3")
  curl -s -o "$4" -w '%{http_code}' --max-time 20 -H 'Content-Type: application/json' -H 'Accept: application/json' \
    "${auth[@]}" -d "$2" "$1"
}
sign_up_residents() { # RESIDENTS residents with phones 09<4-digit run tag><4-digit index>, verified to level 2
  local tag i status phone cid officer_token
  tag=$(printf '%04d' $((RUN_ID % 10000)))
  officer_token=$(BASE=$BASE "$HERE/../reports/token.sh" "$OFFICER" "$PASSWORD") || { echo "run.sh: no token for $OFFICER" >&2; exit 1; }
  for i in $(seq 1 "$RESIDENTS"); do
    phone=09$tag$(printf '%04d' "$i")
    status=$(post_json "$BASE/api/v1/accounts" \
      "{\"displayName\":\"Người thử tải $i\",\"phone\":\"$phone\",\"email\":\"dossier-bench-$RUN_ID-$i@bench.opencity.vn\",\"password\":\"$PASSWORD\",\"homeWardCode\":\"00070\",\"locale\":\"vi\"}" \
      "" "$OUT/signup.json")
    [[ $status == 201 ]] || { echo "run.sh: sign-up of resident $i answered $status: $(head -c 300 "$OUT/signup.json")" >&2; exit 1; }
    IDS+=("$(jq -r .id "$OUT/signup.json")"); PHONES+=("$phone"); EMAILS+=("dossier-bench-$RUN_ID-$i@bench.opencity.vn")
    cid=079$(printf '%05d' $((RUN_ID % 100000)))$(printf '%04d' "$i")
    status=$(post_json "$BASE/api/v1/accounts/${IDS[-1]}/identity-verification" "{\"citizenId\":\"$cid\"}" \
      "$officer_token" "$OUT/verify.json")
    [[ $status == 200 ]] || { echo "run.sh: identity verification of resident $i answered $status: $(head -c 300 "$OUT/verify.json")" >&2; exit 1; }
    [[ $(jq -r .identityLevel "$OUT/verify.json") == 2 ]] || log "  resident $i: identityLevel is $(jq -r .identityLevel "$OUT/verify.json") after verification"
  done
  log "signed up and verified $RESIDENTS residents (phones 09${tag}0001..)"
}
resident_tokens() { # a fresh token per resident (tokens live 15 minutes)
  local i tokens=()
  for i in $(seq 1 "$RESIDENTS"); do
    tokens+=("$(BASE=$BASE "$HERE/../reports/token.sh" "${EMAILS[$((i - 1))]}" "$PASSWORD")") \
      || { echo "run.sh: no token for resident $i" >&2; exit 1; }
  done
  TOKENS="${tokens[*]}"
}
PAIRS=$OUT/pairs.txt
fetch_pairs() { # code + last 4 phone digits of every submitted dossier, through each resident's GET /api/v1/dossiers
  local i token
  : >"$PAIRS"
  read -r -a toks <<<"$TOKENS"
  for i in $(seq 1 "$RESIDENTS"); do
    token=${toks[$((i - 1))]}
    curl -sf --max-time 20 -H "Authorization: Bearer $token" "$BASE/api/v1/dossiers" \
      | jq -r --arg d "${PHONES[$((i - 1))]: -4}" '.[] | select(.status != "DRAFT") | "\(.code) \($d)"' >>"$PAIRS"
  done
  log "look-up pairs: $(wc -l <"$PAIRS") submitted dossiers (at most 200 newest per resident)"
}

# ---------------------------------------------------------------------------------------------------- runs
wrk_run() { # $1 threads, $2 connections, $3 seconds, $4 script, $5 output file; wrk's own CPU goes to $5.time
  local budget=$(( $3 + TIMEOUT + 20 ))
  TOKEN=$TOKENS PAIRS=$PAIRS /usr/bin/time -f '%U %S' -o "$5.time" \
    timeout "$budget" wrk -t"$1" -c"$2" -d"$3"s --timeout "${TIMEOUT}s" --latency -s "$4" "$BASE" >"$5" 2>&1 || true
}
threads_for() { [[ $1 == submit ]] && echo "$2" || echo "$LOOKUP_THREADS"; }
script_for() { [[ $1 == submit ]] && echo "$HERE/submit.lua" || echo "$HERE/lookup.lua"; }

sign_up_residents
resident_tokens

RESULTS=$OUT/results.tsv
printf 'scenario\tconns\ttry\tdossiers_before\tdossiers_per_s\trps\tp50_ms\tp90_ms\tp99_ms\tmax_ms\terrors\tstatuses\tabandoned\tstart_p50\tstart_p99\tupload_p50\tupload_p99\tsubmit_p50\tsubmit_p99\tdossier_p50\tdossier_p99\tcpu_server\tcpu_pg\tcpu_wrk\tcpu_other\tcommits_per_req\trows_ins_per_req\trows_upd_per_req\twal_kb_per_req\tgc_s\tjvm_req\tjvm_jit\tjvm_gc_vm\n' >"$RESULTS"

if (( WARM_ALL > 0 )); then
  log "warming up the JVM for ${WARM_ALL}s (submissions at 8 connections, then look-ups at 32; not measured)"
  wrk_run 8 8 $(( WARM_ALL * 2 / 3 )) "$HERE/submit.lua" "$OUT/warm-all-submit.txt"
  grep -E '^(DOSSIERS|SAMPLE)' "$OUT/warm-all-submit.txt" | sed 's/^/  /' >&2 || true
  fetch_pairs
  wrk_run "$LOOKUP_THREADS" 32 $(( WARM_ALL / 3 )) "$HERE/lookup.lua" "$OUT/warm-all-lookup.txt"
  log "JIT so far: $( [[ -n $SERVER_PID ]] && jstat -compiler "$SERVER_PID" 2>/dev/null | awk 'NR == 2 { print $1 " methods compiled, " $4 " s of compilation" }')"
fi

for scenario in $SCENARIOS; do
  case $scenario in
    submit) levels=$SUBMIT_CONNECTIONS ;;
    lookup) levels=$LOOKUP_CONNECTIONS; resident_tokens; fetch_pairs ;;
    *) echo "run.sh: unknown scenario $scenario" >&2; exit 2 ;;
  esac
  script=$(script_for "$scenario")
  for conns in $levels; do
    threads=$(threads_for "$scenario" "$conns")
    [[ $scenario == submit ]] && resident_tokens
    (( WARMUP > 0 )) && wrk_run "$threads" "$conns" "$WARMUP" "$script" "$OUT/$scenario-c$conns-warmup.txt"
    attempt=0
    while :; do
      attempt=$((attempt + 1))
      wait_quiet
      raw=$OUT/$scenario-c$conns.txt
      (( attempt > 1 )) && raw=$OUT/$scenario-c$conns-try$attempt.txt
      before=$(psql_q "select count(*) from dsr_dossier where status <> 'DRAFT'" || echo "?")
      read -r -a db0 <<<"$(pg_counters)"
      read -r -a cpu0 <<<"$(cpu_snapshot)"
      gc0=$(gc_seconds)
      read -r -a jvm0 <<<"$(jvm_ticks)"
      log "  $scenario: measuring ${DURATION}s at $conns connections ($threads wrk threads; submitted dossiers: $before)"
      wrk_run "$threads" "$conns" "$DURATION" "$script" "$raw"
      read -r -a cpu1 <<<"$(cpu_snapshot)"
      gc1=$(gc_seconds)
      read -r -a jvm1 <<<"$(jvm_ticks)"
      read -r -a db1 <<<"$(pg_counters)"

      result=$(grep '^RESULT' "$raw" || true)
      if [[ -z $result ]]; then
        log "  no result (see $raw)"; tail -5 "$raw" >&2
        break
      fi
      get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $result"; }
      kind() { sed -n "s/^KIND $1 .* $2=\([^ ]*\).*/\1/p" "$raw" | awk '{ printf "%.1f", $1 / 1000 }'; }
      dossier() { sed -n "s/^DOSSIERS .*$1=\([^ ]*\).*/\1/p" "$raw"; }
      secs=$(get seconds); reqs=$(get requests)
      read -r wrk_user wrk_sys < <(tail -1 "$raw.time") || { wrk_user=0; wrk_sys=0; }
      cores() { awk -v t="$1" -v s="$secs" -v hz="$CLK_TCK" 'BEGIN { if (t < 0) t = 0; printf "%.2f", t / hz / s }'; }
      busy=$((cpu1[0] - cpu0[0])); server=$((cpu1[1] - cpu0[1])); pg=$((cpu1[2] - cpu0[2]))
      wrk_ticks=$(awk -v u="$wrk_user" -v s="$wrk_sys" -v hz="$CLK_TCK" 'BEGIN { printf "%d", (u + s) * hz }')
      other=$((busy - server - pg - wrk_ticks)); (( other < 0 )) && other=0
      per_req() { awk -v d="$1" -v n="$reqs" -v k="${2:-1}" 'BEGIN { if (n > 0) printf "%.2f", d / n / k; else print "-" }'; }
      errors=$(( $(get connect_err) + $(get read_err) + $(get write_err) + $(get timeouts) ))
      ms() { awk -v u="$1" 'BEGIN { printf "%.1f", u / 1000 }'; }
      if [[ $scenario == submit ]]; then
        dps=$(dossier per_s); abandoned=$(dossier abandoned)
        lat=("$(kind start p50_us)" "$(kind start p99_us)" "$(kind upload p50_us)" "$(kind upload p99_us)"
             "$(kind submit p50_us)" "$(kind submit p99_us)" "$(kind dossier p50_us)" "$(kind dossier p99_us)")
      else
        dps=-; abandoned=-; lat=(- - - - - - - -)
      fi
      printf '%s\t' "$scenario" "$conns" "$attempt" "${before:-?}" "$dps" "$(get rps)" \
        "$(ms "$(get p50_us)")" "$(ms "$(get p90_us)")" "$(ms "$(get p99_us)")" "$(ms "$(get max_us)")" \
        "$errors" "$(get statuses)" "$abandoned" "${lat[@]}" \
        "$(cores $server)" "$(cores $pg)" "$(cores "$wrk_ticks")" "$(cores $other)" \
        "$(per_req $((db1[0] - db0[0])))" "$(per_req $((db1[1] - db0[1])))" "$(per_req $((db1[2] - db0[2])))" \
        "$(per_req $((db1[3] - db0[3])) 1024)" \
        "$(awk -v a="$gc0" -v b="$gc1" 'BEGIN { printf "%.2f", b - a }')" \
        "$(cores $((jvm1[0] - jvm0[0])))" "$(cores $((jvm1[1] - jvm0[1])))" >>"$RESULTS"
      printf '%s\n' "$(cores $((jvm1[2] - jvm0[2])))" >>"$RESULTS"
      log "  $(tail -1 "$RESULTS" | tr '\t' ' ')"
      grep '^SAMPLE' "$raw" | head -1 | sed 's/^/  first unexpected answer: /' >&2 || true
      if awk -v o="$(cores $other)" -v l="$BUSY_LIMIT" 'BEGIN { exit !(o > l) }' && (( attempt <= RETRIES )); then
        log "  other processes used $(cores $other) cores during the run (> $BUSY_LIMIT): measuring again"
        [[ $scenario == submit ]] && resident_tokens
        continue
      fi
      break
    done
  done
done
log "tables: $(table_sizes)"
table_sizes >"$OUT/tables.txt" || true

# ---------------------------------------------------------------------------------------------------- summary
BEST=$OUT/summary.tsv
{
  head -1 "$RESULTS"
  awk -F'\t' 'NR > 1 { k = $1 FS $2; if (!(k in best)) order[++n] = k
                        if (!(k in best) || $25 + 0 < other[k]) { best[k] = $0; other[k] = $25 + 0 } }
               END { for (i = 1; i <= n; i++) print best[order[i]] }' "$RESULTS"
} >"$BEST"
echo
echo "Results ($BEST; all attempts in results.tsv; latencies in ms; cpu = cores used during the measured run;"
echo "the machine has $(nproc) cores shared by wrk, the JVM, PostgreSQL and whatever else runs)"
cut -f1,2,5-13,22-26 "$BEST" | column -t -s $'\t'
echo
echo "Per step of a submission (ms):"
awk -F'\t' 'NR == 1 || $1 == "submit"' "$BEST" | cut -f1,2,14-21 | column -t -s $'\t'
echo
echo "Raw wrk outputs, run.log, machine.txt and results.tsv: $OUT"
