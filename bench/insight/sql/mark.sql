-- Every day that has reports or dossiers noted dirty once, with the migrations' own queries for rows that were there
-- before them (report/V5__report_figures.sql, dossier/V3__dossier_figures.sql). The running platform's background
-- refresh then recomputes them all: generate.sh times that catch-up.
\set ON_ERROR_STOP on
insert into rpt_figures_dirty (day)
select distinct (created_at at time zone 'Asia/Ho_Chi_Minh')::date from rpt_report
union
select distinct (resolved_at at time zone 'Asia/Ho_Chi_Minh')::date from rpt_report where resolved_at is not null;

insert into dsr_figures_dirty (day)
select distinct (submitted_at at time zone 'Asia/Ho_Chi_Minh')::date from dsr_dossier where submitted_at is not null
union
select distinct (coalesce(result_issued_at, decided_at) at time zone 'Asia/Ho_Chi_Minh')::date from dsr_dossier
where coalesce(result_issued_at, decided_at) is not null;

select 'dirty rpt_days=' || (select count(*) from rpt_figures_dirty) || ' dsr_days=' || (select count(*) from dsr_figures_dirty);
