-- An officer moves a dossier on: read (DossierRepository.byCode), the app's update statement (every column,
-- optimistic version check), the timeline event. The step follows the status: SUBMITTED/RETURNED -> RECEIVED ->
-- IN_PROCESSING -> APPROVED -> RESULT_ISSUED -> DELIVERED (a delivered dossier is saved unchanged).
\set p random(1, :pool_dossiers)
begin;
select id, version, unit_id from dsr_dossier where id = (select id from bench_pool_dossier where i = :p)
\gset
update dsr_dossier set
    status = case status when 'SUBMITTED' then 'RECEIVED' when 'RETURNED' then 'RECEIVED'
                         when 'RECEIVED' then 'IN_PROCESSING' when 'IN_PROCESSING' then 'APPROVED'
                         when 'APPROVED' then 'RESULT_ISSUED' when 'RESULT_ISSUED' then 'DELIVERED' else status end,
    unit_id = unit_id, assignee_id = null, form_data = form_data, payment = payment, payment_ref = payment_ref,
    submitted_at = submitted_at,
    received_at = case when status in ('SUBMITTED', 'RETURNED') then now() else received_at end,
    due_at = case when status in ('SUBMITTED', 'RETURNED') then now() + coalesce(processing_days, 5) * interval '1.4 days'
                  else due_at end,
    paused_at = null, remaining_minutes = null,
    decided_at = case when status = 'IN_PROCESSING' then now() else decided_at end,
    result_issued_at = case when status = 'APPROVED' then now() else result_issued_at end,
    delivered_at = case when status = 'RESULT_ISSUED' then now() else delivered_at end,
    closed_reason = closed_reason, updated_at = now(), version = version + 1
where id = :id and version = :version;
insert into dsr_event (dossier_id, at, action, from_status, to_status, note, public_note, actor_id, actor_name,
    unit_id, due_at)
select cast(:id as uuid), now(), 'ASSIGN', status, status, null, true, null, 'Cán bộ thử', cast(:unit_id as uuid), due_at
from dsr_dossier where id = :id returning id;
commit;
