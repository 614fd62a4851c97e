-- An officer moves a report on: ReportManagement reads it (ReportRepository.byId), saves it with the app's update
-- statement (every changeable column, optimistic version check) and adds the timeline event. The step follows the
-- report's status: RECEIVED -> ASSIGNED -> IN_PROGRESS -> RESOLVED -> CLOSED -> (reopened) IN_PROGRESS, so the
-- work queue keeps its shape over the runs.
\set p random(1, :pool_reports)
begin;
select id, version, unit_id from rpt_report where id = (select id from bench_pool_report where i = :p)
\gset
update rpt_report set unit_id = :unit_id, assignee_id = null,
    status = case status when 'RECEIVED' then 'ASSIGNED' when 'ASSIGNED' then 'IN_PROGRESS'
                         when 'IN_PROGRESS' then 'RESOLVED' when 'RESOLVED' then 'CLOSED' else 'IN_PROGRESS' end,
    status_reason = null, updated_at = now(),
    resolved_at = case status when 'IN_PROGRESS' then now() when 'RESOLVED' then resolved_at when 'CLOSED' then null
                              else resolved_at end,
    closed_at = case status when 'RESOLVED' then now() when 'CLOSED' then null else closed_at end,
    rating = rating, rating_comment = rating_comment, duplicate_of = null, version = version + 1
where id = :id and version = :version;
insert into rpt_event (report_id, occurred_at, kind, status, public_text, internal, actor_id, unit_id)
select cast(:id as uuid), now(), 'IN_PROGRESS', status, 'Đang xử lý (pgbench)', false, null, cast(:unit_id as uuid)
from rpt_report where id = :id
returning id;
commit;
