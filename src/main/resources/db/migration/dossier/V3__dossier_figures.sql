-- Figures for dashboards, the Decision 766 index, scorecards, open data and the monthly report (issue 16), kept the
-- way report figures are (report/V5__report_figures.sql): writes note the days they changed, a background job
-- (DossierFiguresRefresh) recomputes those days, one node at a time, without blocking anyone.

create table dsr_figures_dirty (
    id  bigserial primary key,
    day date not null
);

-- What happened on a Hanoi day, per unit, procedure and ward: dossiers submitted that day, and dossiers finished
-- (decided, or their result issued) that day. A dossier's rating counts on the day it was finished.
create table dsr_figures_day (
    day               date    not null,
    unit_id           uuid    not null,
    procedure_code    text    not null,
    ward_code         text    not null,
    submitted         integer not null,
    with_documents    integer not null,  -- submitted with at least one document uploaded (digitised input)
    traceable         integer not null,  -- submitted with a phone the public status look-up can check
    with_fee          integer not null,  -- submitted with a fee to pay
    paid_online       integer not null,  -- of those, paid online
    finished          integer not null,
    finished_on_time  integer not null,
    late_apologised   integer not null,  -- finished late with the apology letter (form 04) sent
    results_signed    integer not null,  -- finished with a digitally signed electronic result
    rated             integer not null,
    rating_sum        double precision not null,  -- sum of each rating's mean of its five scores (1–5)
    satisfied         integer not null   -- ratings whose mean is 4 or more
);
create index dsr_figures_day_day_idx on dsr_figures_day (day);
create index dsr_figures_day_unit_idx on dsr_figures_day (unit_id, day);
create index dsr_figures_day_ward_idx on dsr_figures_day (ward_code, day);

create table dsr_figures_month (like dsr_figures_day);
alter table dsr_figures_month rename column day to month;
create index dsr_figures_month_idx on dsr_figures_month (month);

-- Dossiers being handled now, by the day they were submitted and the day they are due (null while the clock stands
-- still, waiting for the resident): the backlog and what is overdue.
create table dsr_figures_open (
    day            date not null,
    unit_id        uuid not null,
    procedure_code text not null,
    ward_code      text not null,
    due_day        date,
    open           integer not null
);
create index dsr_figures_open_day_idx on dsr_figures_open (day);

create index dsr_dossier_submitted_idx on dsr_dossier (submitted_at) where submitted_at is not null;
create index dsr_dossier_finished_idx on dsr_dossier ((coalesce(result_issued_at, decided_at)))
    where coalesce(result_issued_at, decided_at) is not null;

create function dsr_figures_mark_inserted() returns trigger language plpgsql as $$
begin
    insert into dsr_figures_dirty (day)
    select distinct d from new_rows r,
        lateral (values ((r.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date),
                        ((coalesce(r.result_issued_at, r.decided_at) at time zone 'Asia/Ho_Chi_Minh')::date)) as v (d)
    where d is not null;
    return null;
end $$;

create function dsr_figures_mark_updated() returns trigger language plpgsql as $$
begin
    insert into dsr_figures_dirty (day)
    select distinct d from (
        select submitted_at, result_issued_at, decided_at from new_rows
        union all
        select submitted_at, result_issued_at, decided_at from old_rows) r,
        lateral (values ((r.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date),
                        ((coalesce(r.result_issued_at, r.decided_at) at time zone 'Asia/Ho_Chi_Minh')::date)) as v (d)
    where d is not null;
    return null;
end $$;

-- A rating arrives after the dossier is finished: it changes the day the dossier was finished on.
create function dsr_figures_mark_rated() returns trigger language plpgsql as $$
begin
    insert into dsr_figures_dirty (day)
    select distinct (coalesce(d.result_issued_at, d.decided_at) at time zone 'Asia/Ho_Chi_Minh')::date
    from new_rows r join dsr_dossier d on d.id = r.dossier_id
    where coalesce(d.result_issued_at, d.decided_at) is not null;
    return null;
end $$;

create trigger dsr_figures_on_insert after insert on dsr_dossier
    referencing new table as new_rows for each statement execute function dsr_figures_mark_inserted();
create trigger dsr_figures_on_update after update on dsr_dossier
    referencing old table as old_rows new table as new_rows for each statement execute function dsr_figures_mark_updated();
create trigger dsr_figures_on_rating after insert on dsr_rating
    referencing new table as new_rows for each statement execute function dsr_figures_mark_rated();

insert into dsr_figures_dirty (day)
select distinct (submitted_at at time zone 'Asia/Ho_Chi_Minh')::date from dsr_dossier where submitted_at is not null
union
select distinct (coalesce(result_issued_at, decided_at) at time zone 'Asia/Ho_Chi_Minh')::date from dsr_dossier
where coalesce(result_issued_at, decided_at) is not null;
