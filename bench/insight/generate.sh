#!/usr/bin/env bash
# Data generation of the insight benchmark (issue 16): REPORTS fictitious reports and DOSSIERS fictitious dossiers
# (with ratings, signed results, documents and apology events) over DAYS Hanoi days, inserted with SQL
# (insert … select … from generate_series, sql/*.sql) straight into a running platform's embedded PostgreSQL, then
# the platform's own background refresh (ReportFiguresRefresh, DossierFiguresRefresh) left to catch up, timed.
#
#   PG_PORT=43755 bench/insight/generate.sh          # against a platform already running on this machine
#   (bench/insight/run.sh calls it after starting its own platform on a fresh data folder)
#
# Steps, each timed: setup (lookup tables, ACCOUNTS bench accounts, the figures triggers disabled, secondary indexes
# dropped with their definitions kept) · chunks (CHUNK rows per statement; reports and dossiers in two parallel
# streams, one per core) · finish (indexes built again from their definitions, triggers enabled, vacuum analyze) ·
# mark (every day with rows noted in rpt_figures_dirty / dsr_figures_dirty once, with the migrations' own queries)
# · catch-up (waits until the platform's refresh has emptied both dirty tables, polling every second).
# Fully fictitious: no real person, text or place finer than a ward's centre ± 1 km.
#
# Settings (environment): PG_PORT (required) · REPORTS 5000000 · DOSSIERS 5000000 · DAYS 730 · ACCOUNTS 5000
#   CHUNK 250000 · DOC_SHARE 0.8 · RESULT_SHARE 0.6 · DROP_INDEXES 1 · PARALLEL 1 (0: one stream after the other)
#   CATCHUP_SECONDS 1800 (bound of the wait) · T_END now (the generation's "now": no row after it)
#   OUT /tmp/bench-insight-gen-<time> (generate.txt with every figure)
# Takes the machine's build lock itself unless its caller holds it (BENCH_LOCK_HELD=1).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
LOCK=${LOCK-/tmp/opencity-build.lock}
if [[ -n $LOCK && -z ${BENCH_LOCK_HELD:-} ]]; then
  echo "generate.sh: waiting for $LOCK" >&2
  exec env BENCH_LOCK_HELD=1 flock -w 1800 "$LOCK" "$0" "$@"
fi

PG_PORT=${PG_PORT:?PG_PORT is required (the embedded PostgreSQL port, line 4 of <data>/postgres/postmaster.pid)}
REPORTS=${REPORTS:-5000000}
DOSSIERS=${DOSSIERS:-5000000}
DAYS=${DAYS:-730}
ACCOUNTS=${ACCOUNTS:-5000}
CHUNK=${CHUNK:-250000}
DOC_SHARE=${DOC_SHARE:-0.8}
RESULT_SHARE=${RESULT_SHARE:-0.6}
DROP_INDEXES=${DROP_INDEXES:-1}
PARALLEL=${PARALLEL:-1}
CATCHUP_SECONDS=${CATCHUP_SECONDS:-1800}
T_END=${T_END:-$(date -u +%FT%T.%NZ)}
OUT=${OUT:-/tmp/bench-insight-gen-$(date -u +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
RESULT=$OUT/generate.txt

PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -XAtq -v ON_ERROR_STOP=1)
q() { "${PSQL[@]}" -c "$1"; }
say() { echo "$*" | tee -a "$RESULT"; }
now_ms() { date +%s%3N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }

say "generate t_end=$T_END reports=$REPORTS dossiers=$DOSSIERS days=$DAYS accounts=$ACCOUNTS chunk=$CHUNK doc_share=$DOC_SHARE result_share=$RESULT_SHARE drop_indexes=$DROP_INDEXES parallel=$PARALLEL"
say "generate before: rpt_report=$(q 'select count(*) from rpt_report') dsr_dossier=$(q 'select count(*) from dsr_dossier') database=$(q "select pg_size_pretty(pg_database_size('postgres'))")"

t0=$(now_ms)
"${PSQL[@]}" -v accounts="$ACCOUNTS" -v drop_indexes="$DROP_INDEXES" -f "$HERE/sql/setup.sql" 2>&1 | grep -v NOTICE | tee -a "$RESULT"
t1=$(now_ms)
say "generate step=setup seconds=$(secs "$t0" "$t1")"

chunks() { # $1 reports|dossiers, $2 total: one statement per CHUNK rows, in time order
  local kind=$1 total=$2 a b c0 c1 line
  for ((a = 1; a <= total; a += CHUNK)); do
    b=$((a + CHUNK - 1)); ((b <= total)) || b=$total
    c0=$(now_ms)
    line=$("${PSQL[@]}" -v a="$a" -v b="$b" -v n="$total" -v days="$DAYS" -v accounts="$ACCOUNTS" -v t_end="$T_END" \
      -v doc_share="$DOC_SHARE" -v result_share="$RESULT_SHARE" -f "$HERE/sql/$kind.sql")
    c1=$(now_ms)
    echo "generate chunk=$kind rows=$a-$b seconds=$(secs "$c0" "$c1") rows_per_s=$(awk -v n=$((b - a + 1)) -v s="$(secs "$c0" "$c1")" 'BEGIN { printf "%.0f", n / (s > 0 ? s : 0.001) }') ${line}"
  done
}
t1=$(now_ms)
if ((PARALLEL)); then
  chunks reports "$REPORTS" >"$OUT/chunks-reports.txt" 2>&1 &
  rp=$!
  chunks dossiers "$DOSSIERS" >"$OUT/chunks-dossiers.txt" 2>&1 &
  dp=$!
  rc=0; wait "$rp" || rc=$?; wait "$dp" || rc=$((rc + $?))
  cat "$OUT/chunks-reports.txt" "$OUT/chunks-dossiers.txt" >>"$RESULT"
  ((rc == 0)) || { cat "$OUT"/chunks-*.txt >&2; echo "generate.sh: a chunk failed" >&2; exit 1; }
  t2=$(now_ms)
  say "generate step=chunks (reports and dossiers in parallel) seconds=$(secs "$t1" "$t2") reports_last_chunk_at=$(tail -1 "$OUT/chunks-reports.txt" | cut -c1-80)"
else
  chunks reports "$REPORTS" | tee -a "$RESULT"
  t15=$(now_ms)
  say "generate step=chunks-reports seconds=$(secs "$t1" "$t15")"
  chunks dossiers "$DOSSIERS" | tee -a "$RESULT"
  t2=$(now_ms)
  say "generate step=chunks-dossiers seconds=$(secs "$t15" "$t2")"
fi

"${PSQL[@]}" -f "$HERE/sql/finish.sql" >"$OUT/finish.txt" 2>&1 || { cat "$OUT/finish.txt" >&2; exit 1; }
t3=$(now_ms)
say "generate step=finish (indexes, triggers, vacuum analyze) seconds=$(secs "$t2" "$t3") statements: $(grep -E '^Time:' "$OUT/finish.txt" | awk '{ printf "%.1fs ", $2 / 1000 }')"

say "generate rows: rpt_report=$(q 'select count(*) from rpt_report') dsr_dossier=$(q 'select count(*) from dsr_dossier') dsr_rating=$(q 'select count(*) from dsr_rating') dsr_result=$(q 'select count(*) from dsr_result') dsr_document=$(q 'select count(*) from dsr_document') dsr_event=$(q 'select count(*) from dsr_event') idn_account=$(q 'select count(*) from idn_account')"
say "generate sizes: database=$(q "select pg_size_pretty(pg_database_size('postgres'))") rpt_report=$(q "select pg_size_pretty(pg_total_relation_size('rpt_report'))") dsr_dossier=$(q "select pg_size_pretty(pg_total_relation_size('dsr_dossier'))") dsr_document=$(q "select pg_size_pretty(pg_total_relation_size('dsr_document'))") dsr_result=$(q "select pg_size_pretty(pg_total_relation_size('dsr_result'))")"
say "generate report statuses: $(q "select string_agg(status || ':' || n, ' ' order by n desc) from (select status, count(*) n from rpt_report group by 1) s")"
say "generate report shares: on_time_of_resolved=$(q "select round(avg((resolved_at <= due_at)::int), 3) from rpt_report where resolved_at is not null") rated_of_resolved=$(q "select round(avg((rating is not null)::int), 3) from rpt_report where resolved_at is not null") mean_rating=$(q "select round(avg(rating), 2) from rpt_report") anonymous=$(q "select round(avg(anonymous::int), 3) from rpt_report") open_overdue=$(q "select count(*) from rpt_report where status in ('RECEIVED','ASSIGNED','IN_PROGRESS') and due_at < now()") first=$(q "select min(created_at)::date from rpt_report") last=$(q "select max(created_at) from rpt_report")"
say "generate dossier statuses: $(q "select string_agg(status || ':' || n, ' ' order by n desc) from (select status, count(*) n from dsr_dossier group by 1) s")"
say "generate dossier shares: on_time_of_finished=$(q "select round(avg((coalesce(result_issued_at, decided_at) <= due_at)::int), 3) from dsr_dossier where status in ('APPROVED','REFUSED','RESULT_ISSUED','DELIVERED')") procedures_used=$(q 'select count(distinct procedure_code) from dsr_dossier') top10_procedures_share=$(q "select round(sum(n) / (select count(*) from dsr_dossier), 3) from (select count(*) n from dsr_dossier group by procedure_code order by 1 desc limit 10) t") wards_used=$(q 'select count(distinct ward_code) from dsr_dossier') first=$(q "select min(submitted_at)::date from dsr_dossier") last=$(q "select max(submitted_at) from dsr_dossier")"

"${PSQL[@]}" -f "$HERE/sql/mark.sql" | tee -a "$RESULT"
t4=$(now_ms)
say "generate step=mark seconds=$(secs "$t3" "$t4")"

# The catch-up: the platform's scheduled refresh (every opencity.figures.refresh-interval) takes the noted days,
# 31 per transaction, until both dirty tables are empty.
rpt_left=1; dsr_left=1; rpt_done_at=; dsr_done_at=
: >"$OUT/catchup.txt"
while :; do
  rpt_left=$(q 'select count(*) from rpt_figures_dirty'); dsr_left=$(q 'select count(*) from dsr_figures_dirty')
  t=$(now_ms)
  echo "$(secs "$t4" "$t") rpt_dirty=$rpt_left dsr_dirty=$dsr_left" >>"$OUT/catchup.txt"
  [[ $rpt_left == 0 && -z $rpt_done_at ]] && rpt_done_at=$t
  [[ $dsr_left == 0 && -z $dsr_done_at ]] && dsr_done_at=$t
  [[ -n $rpt_done_at && -n $dsr_done_at ]] && break
  (((t - t4) / 1000 < CATCHUP_SECONDS)) || { say "generate catch-up: NOT DONE after $CATCHUP_SECONDS s (rpt_dirty=$rpt_left dsr_dirty=$dsr_left)"; exit 1; }
  sleep 1
done
t5=$(now_ms)
say "generate step=catch-up seconds=$(secs "$t4" "$t5") reports_done_after_s=$(secs "$t4" "$rpt_done_at") dossiers_done_after_s=$(secs "$t4" "$dsr_done_at") (polled every 1 s; the refresh runs every opencity.figures.refresh-interval, 31 days per transaction)"
# What autovacuum does within a minute or so of such a change (its analyze threshold is 10 % of a table), done here
# at once so that every later step sees the same plans.
"${PSQL[@]}" -c "analyze rpt_figures_day; analyze rpt_figures_month; analyze rpt_figures_open; analyze dsr_figures_day; analyze dsr_figures_month; analyze dsr_figures_open"
t6=$(now_ms)
say "generate step=analyze-figures seconds=$(secs "$t5" "$t6")"
say "generate figures rows: rpt_figures_day=$(q 'select count(*) from rpt_figures_day') rpt_figures_month=$(q 'select count(*) from rpt_figures_month') rpt_figures_open=$(q 'select count(*) from rpt_figures_open') dsr_figures_day=$(q 'select count(*) from dsr_figures_day') dsr_figures_month=$(q 'select count(*) from dsr_figures_month') dsr_figures_open=$(q 'select count(*) from dsr_figures_open')"
# The figures must add up to the rows they summarise.
say "generate check: rpt_received_figures=$(q 'select sum(received) from rpt_figures_day') rpt_rows_not_duplicates=$(q 'select count(*) from rpt_report where duplicate_of is null') rpt_month_received=$(q 'select sum(received) from rpt_figures_month') rpt_open_figures=$(q 'select sum(open) from rpt_figures_open') rpt_open_rows=$(q "select count(*) from rpt_report where duplicate_of is null and status in ('RECEIVED','ASSIGNED','IN_PROGRESS')") dsr_submitted_figures=$(q 'select sum(submitted) from dsr_figures_day') dsr_submitted_rows=$(q 'select count(*) from dsr_dossier where submitted_at is not null') dsr_month_submitted=$(q 'select sum(submitted) from dsr_figures_month') dsr_finished_figures=$(q 'select sum(finished) from dsr_figures_day') dsr_finished_rows=$(q "select count(*) from dsr_dossier where status in ('APPROVED','REFUSED','RESULT_ISSUED','DELIVERED')")"
say "generate step=total seconds=$(secs "$t0" "$t5")"
