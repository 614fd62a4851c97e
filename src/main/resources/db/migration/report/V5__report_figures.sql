-- Figures for dashboards, scorecards and open data, kept up to date beside the reports (issue 16).
-- Reading 5 million reports for every dashboard request is too slow, and updating one counter row per write would
-- make every writer of the same day queue on it. So writes only note which days changed (a statement-level trigger
-- appends to rpt_figures_dirty, an insert nobody else locks) and a background job recomputes those days' rows
-- (ReportFiguresRefresh), one node at a time. Readers never wait for it: they see the previous rows until it commits.

create table rpt_figures_dirty (
    id  bigserial primary key,
    day date not null
);

-- What happened on a Hanoi day: reports received that day, and reports resolved (and rated) that day.
create table rpt_figures_day (
    day                 date       not null,
    ward_code           varchar(5) not null,
    category_code       text       not null,
    unit_id             uuid       not null,
    received            integer    not null,
    rejected            integer    not null,
    resolved            integer    not null,
    resolved_on_time    integer    not null,
    resolution_hours    double precision not null,  -- sum over the resolved reports
    rated               integer    not null,
    rating_sum          integer    not null
);
create index rpt_figures_day_day_idx on rpt_figures_day (day);
create index rpt_figures_day_ward_idx on rpt_figures_day (ward_code, day);
create index rpt_figures_day_unit_idx on rpt_figures_day (unit_id, day);

-- The same, summed per month, so that a year is read from a few thousand rows.
create table rpt_figures_month (like rpt_figures_day);
alter table rpt_figures_month rename column day to month;
create index rpt_figures_month_idx on rpt_figures_month (month);

-- Reports still being handled, by the day they arrived and the day they are due: the backlog and what is overdue.
create table rpt_figures_open (
    day           date       not null,
    ward_code     varchar(5) not null,
    category_code text       not null,
    unit_id       uuid       not null,
    due_day       date       not null,
    open          integer    not null
);
create index rpt_figures_open_day_idx on rpt_figures_open (day);

create index rpt_report_resolved_idx on rpt_report (resolved_at) where resolved_at is not null;

create function rpt_figures_mark_inserted() returns trigger language plpgsql as $$
begin
    insert into rpt_figures_dirty (day)
    select distinct d from new_rows r,
        lateral (values ((r.created_at at time zone 'Asia/Ho_Chi_Minh')::date),
                        ((r.resolved_at at time zone 'Asia/Ho_Chi_Minh')::date)) as v (d)
    where d is not null;
    return null;
end $$;

create function rpt_figures_mark_updated() returns trigger language plpgsql as $$
begin
    -- A reopened report leaves the day it was resolved on: that day changes too.
    insert into rpt_figures_dirty (day)
    select distinct d from (
        select created_at, resolved_at from new_rows
        union all
        select created_at, resolved_at from old_rows) r,
        lateral (values ((r.created_at at time zone 'Asia/Ho_Chi_Minh')::date),
                        ((r.resolved_at at time zone 'Asia/Ho_Chi_Minh')::date)) as v (d)
    where d is not null;
    return null;
end $$;

create trigger rpt_figures_on_insert after insert on rpt_report
    referencing new table as new_rows for each statement execute function rpt_figures_mark_inserted();
create trigger rpt_figures_on_update after update on rpt_report
    referencing old table as old_rows new table as new_rows for each statement execute function rpt_figures_mark_updated();

-- Reports that exist before this migration are counted by the first refresh.
insert into rpt_figures_dirty (day)
select distinct (created_at at time zone 'Asia/Ho_Chi_Minh')::date from rpt_report
union
select distinct (resolved_at at time zone 'Asia/Ho_Chi_Minh')::date from rpt_report where resolved_at is not null;
