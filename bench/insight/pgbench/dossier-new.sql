-- A resident files a dossier: the draft (DossierRepository.nextCode and insert), then, in its own transaction as
-- in the platform, the submission (DossierRepository.update to SUBMITTED and DossierEventRepository.add). The
-- procedure is drawn like the generated data (Zipf over the online procedures), the ward at random.
\set w random(1, 126)
\set pr random_zipfian(1, :procedures, 1.01)
\set acct random(0, 4999)
select nextval('dsr_dossier_number_seq') as num
\gset
select gen_random_uuid() as id, w.code as ward, w.centre as unit, p.code as pcode, p.name_vi as pname,
       coalesce(p.processing_days, 5) as days, coalesce(p.fee_vnd, 0) as fee
from bench_ward w, bench_proc p where w.i = :w and p.i = :pr
\gset
begin;
insert into dsr_dossier (id, code, procedure_code, procedure_name, ward_code, unit_id, applicant_id, applicant_name,
    phone_last4, form_data, status, fee_vnd, payment, processing_days, submission_key, created_at, updated_at)
values (:id, 'HS-2026-' || :num, :pcode, :pname, :ward, :unit, md5('bench-insight-account-' || :acct)::uuid,
    'Người dùng thử', '0000', cast('{}' as jsonb), 'DRAFT', :fee, 'UNPAID', :days, null, now(), now());
commit;
begin;
update dsr_dossier set status = 'SUBMITTED', unit_id = unit_id, assignee_id = null,
    form_data = cast('{"ho_ten": "Người dùng thử"}' as jsonb),
    payment = case when fee_vnd > 0 then 'PAID' else 'FREE' end, payment_ref = null, submitted_at = now(),
    received_at = null, due_at = null, paused_at = null, remaining_minutes = null, decided_at = null,
    result_issued_at = null, delivered_at = null, closed_reason = null, updated_at = now(), version = version + 1
where id = :id and version = 0;
insert into dsr_event (dossier_id, at, action, from_status, to_status, note, public_note, actor_id, actor_name,
    unit_id, due_at)
values (:id, now(), 'SUBMIT', 'DRAFT', 'SUBMITTED', null, true, null, 'Người dùng thử', :unit, null) returning id;
commit;
