-- One chunk of fictitious dossiers (bench/insight/generate.sh): rows a..b of n, spread evenly over the Hanoi days
-- up to t_end's, with their ratings, signed results, documents and apology events, in one statement.
-- psql variables: a, b, n, days, accounts, t_end (timestamptz, the same for every chunk), doc_share (share of
-- submitted dossiers with one uploaded document), result_share (share of issued results that are signed).
--
-- Every dossier is filed at a Hanoi ward's public-service centre (as DossierDrafts does; 10 % are then with the
-- ward's People's Committee) for a procedure that can be filed online, the procedure drawn with p(rank) ~ 1/rank.
-- Shares: 2 % drafts never sent, 2 % not accepted at the desk, 1 % withdrawn, 0.2 % stuck in processing whatever
-- their age; the rest are received 0.5-8 h after they are sent, due after the procedure's days (as calendar time,
-- x 1.4), decided after a log-normal time around that (about 90 % on time), 3 % refused, results issued within
-- 20 h of the decision and delivered 1-72 h later; those whose decision is still ahead are open (SUBMITTED,
-- RETURNED 5 %, RECEIVED, IN_PROCESSING). 20 % of finished dossiers are rated (five scores, mostly 4-5); half of the
-- late ones carry an apology event; result_share of issued results have a signed result (a few bytes, not a real
-- PDF); doc_share of sent dossiers have one document (a few bytes). Fees as the procedure's; 80 % of fees paid
-- online, the rest claimed exempt.
\set ON_ERROR_STOP on
with gen as (
    select z.*,
           case when kind = 'draft' then 'DRAFT'
                when kind = 'not_accepted' and received_at <= now_ then 'NOT_ACCEPTED'
                when kind = 'withdrawn' and received_at <= now_ then 'WITHDRAWN'
                when received_at > now_ then 'SUBMITTED'
                when kind = 'stuck' then 'IN_PROCESSING'
                when decided_at > now_ and returned then 'RETURNED'
                when decided_at > now_ and now_ - received_at < interval '1 day' then 'RECEIVED'
                when decided_at > now_ then 'IN_PROCESSING'
                when refused then 'REFUSED'
                when issued_at > now_ then 'APPROVED'
                when delivered_at > now_ then 'RESULT_ISSUED'
                else 'DELIVERED' end as status
    from (
    select y.*, i.issued_at, d.delivered_at
    from (
        select x.*,
               case when kind in ('draft', 'not_accepted', 'withdrawn') then null
                    else received_at + greatest(coalesce(days_, 5) * interval '1.4 days', interval '8 hours')
                        * exp(0.5 * sqrt(-2 * ln(1 - z1)) * cos(2 * pi() * z2) - 0.65) end as decided_at
        from (
            select g, r.seq, :'t_end'::timestamptz as now_, p.code as procedure_code, p.name_vi as procedure_name,
                   p.processing_days as days_, p.fee_vnd, w.code as ward_code,
                   case when r.unit < 0.9 then w.centre else w.committee end as unit_id,
                   case when r.kind < 0.02 then 'draft' when r.kind < 0.04 then 'not_accepted'
                        when r.kind < 0.05 then 'withdrawn' when r.kind < 0.052 then 'stuck' else 'normal' end as kind,
                   r.sent_at, r.sent_at - r.fill * interval '2 hours' as created_at,
                   r.sent_at + (0.5 + r.recv * 7.5) * interval '1 hour' as received_at,
                   r.z1, r.z2, r.refuse < 0.03 as refused, r.ret < 0.05 as returned, r.pay, r.phone, r.issue,
                   r.deliver, r.rated, r.signed, r.doc, r.apology, r.s1, r.s2, r.s3, r.s4, r.s5
            from (
                select g, random() as unit, random() as kind, random() as fill, random() as recv, random() as z1,
                       random() as z2, random() as refuse, random() as ret, random() as pay, random() as phone,
                       random() as issue, random() as deliver, random() as rated, random() as signed,
                       random() as doc, random() as apology, random() as s1, random() as s2, random() as s3,
                       random() as s4, random() as s5,
                       1 + least(125, floor(power(random(), 1.5) * 126)::int) as ward_i,
                       least((select count(*) from bench_proc),
                             floor(exp(random() * ln((select count(*) from bench_proc) + 1)))::int) as proc_i,
                       least(((date_trunc('day', :'t_end'::timestamptz at time zone 'Asia/Ho_Chi_Minh')
                                - (:days - 1) * interval '1 day'
                                + floor((g - 1)::numeric * :days / :n) * interval '1 day'
                                + interval '6 hours' + (random() + random()) * interval '8 hours')
                               at time zone 'Asia/Ho_Chi_Minh'),
                             :'t_end'::timestamptz - random() * interval '5 hours') as sent_at
                       -- the number as the platform draws it (lpad alone would cut numbers of 7 digits)
                       , nextval('dsr_dossier_number_seq') as seq
                from generate_series(:a::bigint, :b::bigint) g
            ) r
            join bench_ward w on w.i = r.ward_i
            join bench_proc p on p.i = r.proc_i
        ) x
    ) y,
    lateral (select y.decided_at + y.issue * interval '20 hours' as issued_at) i,
    lateral (select i.issued_at + (1 + y.deliver * 71) * interval '1 hour' as delivered_at) d
    ) z
),
dossier as (
    insert into dsr_dossier (id, code, procedure_code, procedure_name, ward_code, unit_id, applicant_id,
        applicant_name, phone_last4, form_data, status, fee_vnd, payment, payment_ref, processing_days, created_at,
        submitted_at, received_at, due_at, paused_at, remaining_minutes, decided_at, result_issued_at, delivered_at,
        closed_reason, updated_at, version)
    select gen_random_uuid(),
           'HS-' || to_char(created_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY') || '-'
               || lpad(seq::text, greatest(6, length(seq::text)), '0'),
           procedure_code, procedure_name, ward_code, unit_id, md5('bench-insight-account-' || (g % :accounts))::uuid,
           'Người dùng thử ' || (g % :accounts), case when phone < 0.95 then lpad((g % 10000)::text, 4, '0') end,
           '{}', status, fee_vnd,
           case when coalesce(fee_vnd, 0) = 0 then 'FREE' when pay < 0.8 then 'PAID' else 'EXEMPTION_CLAIMED' end,
           case when coalesce(fee_vnd, 0) > 0 and pay < 0.8 then 'BENCH-' || g end,
           days_, created_at,
           case when status <> 'DRAFT' then sent_at end,
           case when status not in ('DRAFT', 'SUBMITTED', 'NOT_ACCEPTED', 'WITHDRAWN') then received_at end,
           case when status not in ('DRAFT', 'SUBMITTED', 'NOT_ACCEPTED', 'WITHDRAWN') then
               received_at + greatest(coalesce(days_, 5) * interval '1.4 days', interval '8 hours') end,
           case when status = 'RETURNED' then received_at + interval '2 hours' end,
           case when status = 'RETURNED' then (coalesce(days_, 5) * 480)::bigint end,
           case when status in ('APPROVED', 'REFUSED', 'RESULT_ISSUED', 'DELIVERED') then decided_at end,
           case when status in ('RESULT_ISSUED', 'DELIVERED') then issued_at end,
           case when status = 'DELIVERED' then delivered_at end,
           case when status = 'NOT_ACCEPTED' then 'Không thuộc thẩm quyền (dữ liệu thử)'
                when status = 'WITHDRAWN' then 'Người nộp rút hồ sơ (dữ liệu thử)' end,
           case status when 'DRAFT' then created_at when 'SUBMITTED' then sent_at
                when 'NOT_ACCEPTED' then received_at when 'WITHDRAWN' then received_at
                when 'RETURNED' then received_at + interval '2 hours'
                when 'RECEIVED' then received_at when 'IN_PROCESSING' then received_at + interval '1 hour'
                when 'APPROVED' then decided_at when 'REFUSED' then decided_at when 'RESULT_ISSUED' then issued_at
                else delivered_at end,
           0
    from gen
    returning id, code, status, submitted_at, due_at, coalesce(result_issued_at, decided_at) as finished_at,
        result_issued_at
),
rating as (
    insert into dsr_rating (dossier_id, time_score, attitude_score, guidance_score, cost_score, result_score,
        comment, rated_at)
    select id, 5 - floor(power(random(), 2.5) * 4.99)::int, 5 - floor(power(random(), 3) * 4.99)::int,
           5 - floor(power(random(), 3) * 4.99)::int, 5 - floor(power(random(), 2.5) * 4.99)::int,
           5 - floor(power(random(), 3) * 4.99)::int, null, finished_at + interval '1 day' * random()
    from dossier
    where status in ('APPROVED', 'REFUSED', 'RESULT_ISSUED', 'DELIVERED') and random() < 0.2
        and finished_at + interval '1 day' <= :'t_end'::timestamptz
    returning 1
),
result as (
    insert into dsr_result (dossier_id, pdf, sha256, signed_at)
    select id, convert_to('%PDF-bench ' || code, 'UTF8'), encode(sha256(convert_to('%PDF-bench ' || code, 'UTF8')), 'hex'),
           result_issued_at
    from dossier
    where result_issued_at is not null and random() < :result_share
    returning 1
),
document as (
    insert into dsr_document (id, dossier_id, requirement, file_name, content_type, size_bytes, sha256, content,
        uploaded_at)
    select gen_random_uuid(), id, 0, 'to-khai-thu.pdf', 'application/pdf', 16,
           encode(sha256(convert_to('%PDF-bench-doc..', 'UTF8')), 'hex'), convert_to('%PDF-bench-doc..', 'UTF8'),
           submitted_at - interval '10 minutes'
    from dossier
    where submitted_at is not null and random() < :doc_share
    returning 1
),
apology as (
    insert into dsr_event (dossier_id, at, action, from_status, to_status, note, public_note, actor_name, unit_id)
    select id, due_at + interval '1 hour', 'APOLOGISE', 'IN_PROCESSING', 'IN_PROCESSING',
           'Xin lỗi vì trễ hạn (dữ liệu thử)', true, 'Cán bộ thử', null
    from dossier
    where finished_at > due_at and random() < 0.5
    returning 1
)
select 'dossiers=' || (select count(*) from dossier) || ' ratings=' || (select count(*) from rating)
    || ' results=' || (select count(*) from result) || ' documents=' || (select count(*) from document)
    || ' apologies=' || (select count(*) from apology);
