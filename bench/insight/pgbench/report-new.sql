-- A resident's new report: the statements ReportManagement.submit runs (ReportRepository.nextNumber and insert,
-- ReportEventRepository.add), with the ward, unit and category the platform would look up in its caches taken
-- from bench_ward / bench_cat.
\set w random(1, 126)
\set c random(0, 99)
\set acct random(0, 4999)
select nextval('rpt_report_number_seq') as num
\gset
select gen_random_uuid() as id, gen_random_uuid() as token, w.code as ward, w.lat as lat, w.lon as lon,
       coalesce(c.department_unit, w.committee) as unit, c.code as cat, c.sla as sla
from bench_ward w, bench_cat c where w.i = :w and c.slot = :c
\gset
begin;
insert into rpt_report (id, number, token, category_code, description, lat, lon, address, ward_code, unit_id, status,
    reporter_id, reporter_name, reporter_email, reporter_phone, anonymous, source, client_name, created_at, updated_at,
    due_at)
values (:id, 'PA-2026-' || :num, :token, :cat, 'Phản ánh thử nghiệm (pgbench, dữ liệu giả lập)', :lat, :lon, null,
    :ward, :unit, 'RECEIVED', md5('bench-insight-account-' || :acct)::uuid, null, null, null, false, 'API', null,
    now(), now(), now() + cast(:sla as int) * interval '4.2 hours');
insert into rpt_event (report_id, occurred_at, kind, status, public_text, internal, actor_id, unit_id)
values (:id, now(), 'RECEIVED', 'RECEIVED', null, false, null, :unit) returning id;
commit;
