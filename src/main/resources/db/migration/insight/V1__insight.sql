-- The monthly progress reports, archived (issue 16). One row per month: the primary key is what makes the
-- scheduled production happen once, whichever nodes try.
create table ins_monthly_report (
    month        date        primary key check (extract(day from month) = 1),
    pdf          bytea       not null,
    csv          text        not null,
    produced_at  timestamptz not null,
    produced_by  uuid,        -- the operator who asked for it; null when the schedule made it
    city_points  double precision,
    city_percent double precision
);
