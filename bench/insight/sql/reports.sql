-- One chunk of fictitious reports (bench/insight/generate.sh): rows a..b of n, spread evenly over the Hanoi days up to
-- t_end's (report g arrives on day floor((g-1)*days/n), at a daytime hour), so chunks are in time order.
-- psql variables: a, b, n, days, accounts, t_end (timestamptz, the same for every chunk).
--
-- Shares (of all reports): 4 % rejected, 0.2 % stuck in handling whatever their age (an old overdue backlog), the
-- rest resolved after a log-normal time around the category's deadline (about 80 % on time) if that time is past,
-- else still open (RECEIVED, ASSIGNED, IN_PROGRESS by age); resolved 3 days ago or more: CLOSED. 35 % of resolved
-- reports are rated 1-5 (mostly 4-5). 10 % anonymous; the others by one of the bench accounts. No photos, events,
-- attributes or duplicates (the figures do not read them).
\set ON_ERROR_STOP on
insert into rpt_report (id, number, token, category_code, description, lat, lon, ward_code, unit_id, status,
    status_reason, reporter_id, anonymous, source, created_at, updated_at, due_at, resolved_at, closed_at, rating,
    version)
select gen_random_uuid(),
       'PA-' || to_char(created_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY') || '-'
           || lpad(seq::text, greatest(6, length(seq::text)), '0'),
       gen_random_uuid(), category, 'Phản ánh thử nghiệm số ' || g || ' (dữ liệu giả lập, không có thật)',
       lat, lon, ward, unit, status,
       case when status = 'REJECTED' then 'Không thuộc phạm vi xử lý (dữ liệu thử)' end,
       case when not anonymous then md5('bench-insight-account-' || (g % :accounts))::uuid end, anonymous, source,
       created_at, coalesce(closed_at, resolved_at, rejected_at, created_at), due_at, resolved_at, closed_at,
       case when resolved_at is not null and r_rated < 0.35 then
           case when r_score < 0.45 then 5 when r_score < 0.75 then 4 when r_score < 0.87 then 3
                when r_score < 0.94 then 2 else 1 end end,
       case when closed_at is not null then 3 when resolved_at is not null then 2 else 0 end
from (
    select y.*,
           case when kind = 'rejected' and rejected_at <= now_ then 'REJECTED'
                when resolved_at is not null and resolved_at + interval '3 days' <= now_ then 'CLOSED'
                when resolved_at is not null then 'RESOLVED'
                when now_ - created_at < interval '2 hours' then 'RECEIVED'
                when now_ - created_at < interval '12 hours' then 'ASSIGNED'
                else 'IN_PROGRESS' end as status,
           case when resolved_at is not null and resolved_at + interval '3 days' <= now_
                then resolved_at + interval '3 days' end as closed_at
    from (
        select x.*,
               case when kind = 'normal' and resolve_at <= now_ then resolve_at end as resolved_at,
               created_at + interval '2 hours' as rejected_at
        from (
            select g, r.seq, :'t_end'::timestamptz as now_, w.code as ward, c.code as category,
                   coalesce(c.department_unit, w.committee) as unit,
                   w.lat + (r.lat - 0.5) * 0.02 as lat, w.lon + (r.lon - 0.5) * 0.02 as lon,
                   r.anon < 0.1 as anonymous,
                   case when r.src < 0.5 then 'WEB' when r.src < 0.8 then 'API' when r.src < 0.9 then 'OPEN311'
                        else 'HOTLINE' end as source,
                   r.created_at,
                   -- the category's deadline in working hours, as calendar time (8 working hours a day, 5 days a week)
                   r.created_at + c.sla * interval '4.2 hours' as due_at,
                   -- log-normal resolution time around the deadline: exp(0.6 z - 0.5) <= 1 for about 80 %
                   r.created_at + c.sla * interval '4.2 hours'
                       * exp(0.6 * sqrt(-2 * ln(1 - r.z1)) * cos(2 * pi() * r.z2) - 0.5) as resolve_at,
                   case when r.kind < 0.04 then 'rejected' when r.kind < 0.042 then 'stuck' else 'normal' end as kind,
                   r.rated as r_rated, r.score as r_score
            from (
                select g, random() as lat, random() as lon, random() as anon, random() as src, random() as z1,
                       random() as z2, random() as kind, random() as rated, random() as score,
                       -- skewed ward draw: the first wards of bench_ward's order are busier
                       1 + least(125, floor(power(random(), 1.5) * 126)::int) as ward_i,
                       floor(random() * 100)::int as cat_slot,
                       -- its Hanoi day, at a daytime hour (05:00-23:00, most around 14:00); today's rows
                       -- that would fall after t_end are moved back before it
                       least(((date_trunc('day', :'t_end'::timestamptz at time zone 'Asia/Ho_Chi_Minh')
                                - (:days - 1) * interval '1 day'
                                + floor((g - 1)::numeric * :days / :n) * interval '1 day'
                                + interval '5 hours' + (random() + random()) * interval '9 hours')
                               at time zone 'Asia/Ho_Chi_Minh'),
                             :'t_end'::timestamptz - random() * interval '5 hours') as created_at
                       -- the number as the platform draws it (lpad alone would cut numbers of 7 digits)
                       , nextval('rpt_report_number_seq') as seq
                from generate_series(:a::bigint, :b::bigint) g
            ) r
            join bench_ward w on w.i = r.ward_i
            join bench_cat c on c.slot = r.cat_slot
        ) x
    ) y
) z;
