-- Work queues for the write benchmark (bench/insight/run.sh, step "writes"), made once before its runs so that
-- every run, with or without the aggregation, picks from the same rows. pgbench draws an index into them.
--   bench_pool_report: reports of the last 30 days being handled or resolved (what officers move on: assign,
--                      progress, resolve, close, reopen)
--   bench_pool_dossier: dossiers sent in the last 30 days and on their way (sent, received, in processing, approved,
--                      result issued, returned)
--   bench_pool_rating: dossiers finished in the last 60 days and not rated yet
-- The last 30 days: officers work on what arrived recently. (A first version took every open item, including the
-- few stuck for months: at the write mix's full speed its updates then touched all 730 days within 45 s, and the
-- refresh needed about 5 minutes to recompute them; see REPORT.md.)
-- Also the lookups bench_ward, bench_cat and bench_proc of sql/setup.sql, kept by finish.sql.
\set ON_ERROR_STOP on
drop table if exists bench_pool_report, bench_pool_dossier, bench_pool_rating;
create table bench_pool_report as
select row_number() over (order by md5(id::text))::int as i, id
from rpt_report where status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED')
  and created_at >= now() - interval '30 days';
alter table bench_pool_report add primary key (i);
create table bench_pool_dossier as
select row_number() over (order by md5(id::text))::int as i, id
from dsr_dossier where status in ('SUBMITTED', 'RECEIVED', 'IN_PROCESSING', 'APPROVED', 'RESULT_ISSUED', 'RETURNED')
  and submitted_at >= now() - interval '30 days';
alter table bench_pool_dossier add primary key (i);
create table bench_pool_rating as
select row_number() over (order by md5(d.id::text))::int as i, d.id
from dsr_dossier d
where coalesce(d.result_issued_at, d.decided_at) >= now() - interval '60 days'
  and d.status in ('APPROVED', 'REFUSED', 'RESULT_ISSUED', 'DELIVERED')
  and not exists (select 1 from dsr_rating r where r.dossier_id = d.id);
alter table bench_pool_rating add primary key (i);
analyze bench_pool_report; analyze bench_pool_dossier; analyze bench_pool_rating;
select 'pools reports=' || (select count(*) from bench_pool_report) || ' dossiers=' || (select count(*) from bench_pool_dossier)
    || ' to_rate=' || (select count(*) from bench_pool_rating)
    || ' report_days_spanned=' || (select count(distinct (created_at at time zone 'Asia/Ho_Chi_Minh')::date) from rpt_report r join bench_pool_report p on p.id = r.id)
    || ' dossier_days_spanned=' || (select count(distinct (submitted_at at time zone 'Asia/Ho_Chi_Minh')::date) from dsr_dossier d join bench_pool_dossier p on p.id = d.id);
