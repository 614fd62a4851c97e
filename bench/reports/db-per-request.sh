#!/usr/bin/env bash
# What one request costs the database: runs N identical requests one after another (no concurrency) and prints
# the change in pg_stat_database and pg_stat_user_tables divided by N (commits, index/sequential scans, rows
# inserted/updated per table). Loopback only. Statistics reach pg_stat_* up to ~0.5 s late, hence N >= 100.
#
#   BASE=http://127.0.0.1:18080 PG_PORT=<port> bench/reports/db-per-request.sh submit|feed|feed-roads|page|me [N]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BASE=${BASE:-http://127.0.0.1:18080}
[[ $BASE =~ ^http://127\.0\.0\.1:[0-9]+$ ]] || { echo "BASE must be http://127.0.0.1:<port>" >&2; exit 2; }
DATA_DIR=${DATA_DIR:-/tmp/bench-data}
PG_PORT=${PG_PORT:-$(sed -n 4p "$DATA_DIR/postgres/postmaster.pid")}
WHAT=${1:?submit, feed, feed-roads, page or me}
N=${2:-200}
q() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -XAtq -F ' ' -c "$1"; }
snap() {
  q "select 'db', xact_commit, xact_rollback, tup_returned, tup_fetched, tup_inserted, tup_updated, tup_deleted from pg_stat_database where datname = 'postgres'"
  q "select relname, coalesce(seq_scan,0), coalesce(idx_scan,0), n_tup_ins, n_tup_upd, n_tup_del, coalesce(seq_tup_read,0) from pg_stat_user_tables"
}
TOKEN=""
[[ $WHAT == submit || $WHAT == me ]] && TOKEN=$(BASE=$BASE "$HERE/token.sh")
one() {
  case $WHAT in
    submit) curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
              -d "{\"categoryCode\":\"ROADS\",\"description\":\"db-per-request $1\",\"lat\":21.0285,\"lon\":105.8523,\"anonymous\":false}" \
              "$BASE/api/v1/reports" ;;
    feed) curl -s -o /dev/null -w '%{http_code}\n' "$BASE/api/v1/reports?page=0&size=20" ;;
    feed-roads) curl -s -o /dev/null -w '%{http_code}\n' "$BASE/api/v1/reports?page=0&size=20&category=ROADS" ;;
    page) curl -s -o /dev/null -w '%{http_code}\n' "$BASE/reports" ;;
    me) curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/me" ;;
  esac
}
sleep 1; before=$(snap)
for i in $(seq 1 "$N"); do one "$i"; done | sort | uniq -c | sed 's/^/status counts: /'
sleep 2; q "select 1" >/dev/null; sleep 1; after=$(snap)
echo "per request ($WHAT, N=$N):"
join <(sort <<<"$before") <(sort <<<"$after") | awk -v n="$N" '
  $1 == "db" { printf "  database: commits %.2f  rollbacks %.2f  rows returned %.1f  fetched %.1f  inserted %.2f  updated %.2f  deleted %.2f\n",
               ($9-$2)/n, ($10-$3)/n, ($11-$4)/n, ($12-$5)/n, ($13-$6)/n, ($14-$7)/n, ($15-$8)/n; next }
  { seq = ($8-$2)/n; idx = ($9-$3)/n; ins = ($10-$4)/n; upd = ($11-$5)/n; del = ($12-$6)/n; sread = ($13-$7)/n
    if (seq + idx + ins + upd + del > 0.004)
      printf "  %-28s seq scans %5.2f (rows read %7.1f)  index scans %5.2f  inserted %4.2f  updated %4.2f  deleted %4.2f\n", $1, seq, sread, idx, ins, upd, del }'
