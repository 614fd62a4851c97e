#!/usr/bin/env python3
"""The figures' SQL, timed on its own (bench/insight/run.sh, step "sql").

Sends the statements ReportFigures.by / DossierFigures.by build (the "happened" query over the day and month tables,
cut by PeriodSplit, and the "backlog" query over the open table), with their parameters bound as the platform binds
them (pgbench -M prepared, -D variables cast like the JDBC types), one client, SECONDS_EACH seconds each, and prints
one line per query: "sql query=… n=… p50_ms=… p90_ms=… p99_ms=… max_ms=…". Each query's plan, with its real
timings (EXPLAIN (ANALYZE, BUFFERS), run after the timed part), goes to OUT/explain-<query>.txt.

Environment: PG_PORT, SECONDS_EACH, TODAY, YEAR, WARD, UNIT, FROM_MAX, MB_FROM, MB_TO, OUT, SQL_SET (short: the
queries that differ, ~40; full: every dimension, filter and backlog, ~80).
Mirrors the code of the commit it was written against; check it still matches src/main/java/org/opencity/
report/ReportFigures.java and dossier/DossierFigures.java when they change.
"""
import calendar
import datetime as dt
import os
import pathlib
import subprocess
import sys

PORT = os.environ["PG_PORT"]
SECONDS = int(os.environ.get("SECONDS_EACH", "8"))
TODAY = dt.date.fromisoformat(os.environ["TODAY"])
YEAR = int(os.environ["YEAR"])
WARD = os.environ["WARD"]
UNIT = os.environ["UNIT"]
FROM_MAX = dt.date.fromisoformat(os.environ["FROM_MAX"])
MB = (dt.date.fromisoformat(os.environ["MB_FROM"]), dt.date.fromisoformat(os.environ["MB_TO"]))
OUT = pathlib.Path(os.environ["OUT"])
PAGE_SIZE = int(os.environ.get("PAGE_SIZE", "50"))  # DashboardPageController.PAGE_SIZE
OUT.mkdir(parents=True, exist_ok=True)

REPORT_COLUMNS = "received, rejected, resolved, resolved_on_time, resolution_hours, rated, rating_sum"
REPORT_SUMS = """sum(received) as received, sum(rejected) as rejected, sum(resolved) as resolved,
    sum(resolved_on_time) as on_time, sum(resolution_hours) as hours, sum(rated) as rated,
    sum(rating_sum) as rating_sum"""
DOSSIER_COLUMNS = ("submitted, with_documents, traceable, with_fee, paid_online, finished,"
                   " finished_on_time, late_apologised, results_signed, rated, rating_sum, satisfied")
DOSSIER_SUMS = """sum(submitted) as submitted, sum(with_documents) as with_documents,
    sum(traceable) as traceable, sum(with_fee) as with_fee, sum(paid_online) as paid_online,
    sum(finished) as finished, sum(finished_on_time) as on_time,
    sum(late_apologised) as apologised, sum(results_signed) as signed, sum(rated) as rated,
    sum(rating_sum) as rating_sum, sum(satisfied) as satisfied"""


def key(dimension, column):
    return {
        "DAY": f"{column}::text",
        "MONTH": f"to_char({column}, 'YYYY-MM')",
        "WARD": "ward_code::text",
        "CATEGORY": "category_code",
        "UNIT": "unit_id::text",
        "PROCEDURE": "procedure_code",
        "WARD_AND_PROCEDURE": "ward_code || '|' || procedure_code",
        "MONTH_AND_PROCEDURE": f"to_char({column}, 'YYYY-MM') || '|' || procedure_code",
        "TOTAL": "'*'",
    }[dimension]


def split(start, end, all_days=False):
    """PeriodSplit.of (and allDays()): head days, whole months, tail days; an empty part starts after it ends."""
    nothing = end + dt.timedelta(days=1)
    if all_days:
        return dict(headFrom=start, headTo=end, firstMonth=nothing, lastMonth=end, tailFrom=nothing, tailTo=end)
    first_whole = start if start.day == 1 else (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    last_day = calendar.monthrange(end.year, end.month)[1]
    if end.day == last_day:
        last_month = end.replace(day=1)
    else:
        last_month = (end.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    last_whole_end = last_month.replace(day=calendar.monthrange(last_month.year, last_month.month)[1])
    if first_whole > last_whole_end:
        return dict(headFrom=start, headTo=end, firstMonth=nothing, lastMonth=end, tailFrom=nothing, tailTo=end)
    return dict(headFrom=start, headTo=first_whole - dt.timedelta(days=1), firstMonth=first_whole,
                lastMonth=last_month, tailFrom=last_whole_end + dt.timedelta(days=1), tailTo=end)


def conditions(kind, ward, unit):
    c = ""
    if kind == "report":
        if ward:
            c += " and ward_code = cast(:ward as varchar)"
        if unit:
            c += " and unit_id = cast(:unit as uuid)"
    else:
        if unit:
            c += " and unit_id = cast(:unit as uuid)"
        if ward:
            c += " and ward_code = cast(:ward as varchar)"
    return c


def happened(kind, dimension, cond):
    table, columns, sums = (("rpt", REPORT_COLUMNS, REPORT_SUMS) if kind == "report"
                            else ("dsr", DOSSIER_COLUMNS, DOSSIER_SUMS))
    return f"""select key, {sums}
from (
    select {key(dimension, 'day')} as key, {columns} from {table}_figures_day
    where (day between cast(:headFrom as date) and cast(:headTo as date)
        or day between cast(:tailFrom as date) and cast(:tailTo as date)) {cond}
    union all
    select {key(dimension, 'month')} as key, {columns} from {table}_figures_month
    where month between cast(:firstMonth as date) and cast(:lastMonth as date) {cond}
) figures
group by key;
"""


def backlog(kind, dimension, cond):
    table = "rpt" if kind == "report" else "dsr"
    return f"""select {key(dimension, 'day')} as key, sum(open) as open,
    coalesce(sum(open) filter (where due_day < cast(:today as date)), 0) as overdue
from {table}_figures_open where true {cond}
group by key;
"""


periods = {
    "default": (TODAY - dt.timedelta(days=29), TODAY),
    "year": (dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)),
    "2years": (FROM_MAX, TODAY),
    "bounds": MB,
}
queries = []  # (name, sql, variables)
FULL = os.environ.get("SQL_SET", "short") == "full"
for pname, (start, end) in periods.items():
    daily = (end - start).days < 92  # DashboardFilter.daily()
    dims = [("report", "TOTAL"), ("report", "DAY" if daily else "MONTH"), ("report", "WARD"), ("report", "CATEGORY"),
            ("dossier", "TOTAL"), ("dossier", "DAY" if daily else "MONTH"), ("dossier", "PROCEDURE"),
            ("dossier", "UNIT"), ("dossier", "WARD"), ("dossier", "WARD_AND_PROCEDURE")]
    if not FULL:  # the short set: what differs; the report side is the same query shape over a smaller table
        dims = [d for d in dims if d[1] not in ("WARD", "CATEGORY") or d[0] == "dossier"]
        if pname == "bounds":
            dims = [d for d in dims if d[1] in ("TOTAL", "DAY")]
    for kind, dim in dims:
        queries.append((f"{kind}-happened-{dim.lower()}-{pname}", happened(kind, dim, ""),
                        split(start, end, all_days=dim == "DAY")))
for fname, ward, unit in (("ward", WARD, None), ("unit", None, UNIT)):
    start, end = periods["year"]
    for kind, dim in ((("report", "TOTAL"), ("report", "MONTH"), ("dossier", "TOTAL"), ("dossier", "PROCEDURE"),
                       ("dossier", "MONTH")) if FULL else (("report", "TOTAL"), ("dossier", "TOTAL"))):
        v = split(start, end)
        v.update({k: val for k, val in (("ward", ward), ("unit", unit)) if val})
        queries.append((f"{kind}-happened-{dim.lower()}-year-{fname}", happened(kind, dim, conditions(kind, ward, unit)), v))
# ServiceIndex.trend (a scorecard page's last 12 months): MONTH and MONTH_AND_PROCEDURE, the city's and a ward's
first_month = (TODAY.replace(day=1) - dt.timedelta(days=335)).replace(day=1)
trend = (first_month, TODAY.replace(day=calendar.monthrange(TODAY.year, TODAY.month)[1]))
for fname, ward in (("city", None), ("ward", WARD)):
    for kind, dim in ((("dossier", "MONTH"), ("dossier", "MONTH_AND_PROCEDURE"), ("report", "MONTH")) if FULL
                      else (("dossier", "MONTH_AND_PROCEDURE"),)):
        v = split(*trend)
        if ward:
            v["ward"] = ward
        queries.append((f"{kind}-happened-{dim.lower()}-trend-{fname}", happened(kind, dim, conditions(kind, ward, None)), v))
for fname, ward, unit in (("city", None, None), ("ward", WARD, None), ("unit", None, UNIT)) if FULL else (("city", None, None),):
    for kind, dims in ((("report", ("TOTAL", "WARD", "CATEGORY")), ("dossier", ("TOTAL", "PROCEDURE", "WARD_AND_PROCEDURE")))
                       if FULL else (("report", ("WARD",)), ("dossier", ("WARD_AND_PROCEDURE",)))):
        for dim in dims:
            v = {"today": TODAY}
            v.update({k: val for k, val in (("ward", ward), ("unit", unit)) if val})
            queries.append((f"{kind}-backlog-{dim.lower()}-{fname}", backlog(kind, dim, conditions(kind, ward, unit)), v))

# DossierFigures.behind (the drill-down /operations/dossiers): a count and a page over dsr_dossier itself
def behind(late, ward, count):
    where = "submitted_at >= cast(:from as timestamptz) and submitted_at < cast(:to as timestamptz)"
    if ward:
        where += " and ward_code = cast(:ward as varchar)"
    if late:
        where += (" and due_at is not null and coalesce(result_issued_at, decided_at, cast(:now as timestamptz)) > due_at"
                  " and status not in ('NOT_ACCEPTED', 'WITHDRAWN')")
    if count:
        return f"select count(*) from dsr_dossier where {where};\n"
    return f"""select code, procedure_code, procedure_name, ward_code, status, submitted_at, due_at, paused_at,
    coalesce(result_issued_at, decided_at) as finished_at
from dsr_dossier where {where}
order by submitted_at desc, code limit cast(:limit as int) offset cast(:offset as int);
"""


def hanoi_midnight(day):
    return f"{day.isoformat()} 00:00:00+07"


now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S+00")
for fname, (start, end), late, ward in (("year-late", periods["year"], True, None),
                                        ("default-ward", periods["default"], False, WARD)):
    v = {"from": hanoi_midnight(start), "to": hanoi_midnight(end + dt.timedelta(days=1)), "now": now,
         "limit": PAGE_SIZE, "offset": 0}
    if ward:
        v["ward"] = ward
    queries.append((f"dossier-behind-count-{fname}", behind(late, ward, True), v))
    queries.append((f"dossier-behind-page-{fname}", behind(late, ward, False), v))

for name, sql, variables in queries:
    script = OUT / f"{name}.sql"
    script.write_text(sql)
    defs = []
    for k, val in variables.items():
        defs += ["-D", f"{k}={val}"]
    run = OUT / name
    run.mkdir(exist_ok=True)
    for old in run.glob("q.*"):
        old.unlink()
    p = subprocess.run(["timeout", str(SECONDS + 120), "pgbench", "-h", "127.0.0.1", "-p", PORT, "-U", "postgres", "-n",
                        "-M", "prepared", "-c", "1", "-T", str(SECONDS), "-l", "--log-prefix=q", *defs,
                        "-f", str(script), "postgres"], cwd=run, capture_output=True, text=True)
    lat = []
    for f in run.glob("q.*"):
        for line in f.read_text().split("\n"):
            if line.strip():
                lat.append(int(line.split()[2]) / 1000.0)
        f.unlink()
    lat.sort()

    def pct(p):
        return lat[max(0, min(len(lat) - 1, -(-len(lat) * p // 100) - 1))] if lat else float("nan")

    # EXPLAIN ANALYZE with the same values, substituted as literals of the same types
    literal = sql
    for k, val in sorted(variables.items(), key=lambda kv: -len(kv[0])):
        literal = literal.replace(f":{k}", f"'{val}'")
    ex = subprocess.run(["psql", "-h", "127.0.0.1", "-p", PORT, "-U", "postgres", "-d", "postgres", "-XAtq", "-c",
                         "explain (analyze, buffers) " + literal.rstrip().rstrip(";")], capture_output=True, text=True)
    (OUT / f"explain-{name}.txt").write_text(literal + "\n" + ex.stdout + ex.stderr)
    top = ex.stdout.split("\n")[0]  # the plan's top node: its actual rows are the query's rows
    rows = top.split("rows=")[-1].split(" ")[0] if "actual time" in top else "?"
    exec_ms = next((line.split(":")[1].strip() for line in ex.stdout.split("\n") if line.startswith("Execution Time")), "?")
    print(f"sql query={name} n={len(lat)} p50_ms={pct(50):.1f} p90_ms={pct(90):.1f} p99_ms={pct(99):.1f} "
          f"max_ms={(lat[-1] if lat else float('nan')):.1f} rows={rows} explain_analyze={exec_ms.replace(' ', '')} "
          f"rc={p.returncode}{'' if p.returncode == 0 else ' ' + p.stderr.strip()[-200:].replace(chr(10), ' ')}",
          flush=True)
