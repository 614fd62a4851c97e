-- Queues at service points: the day's tickets of each point and line, the number counters that hand out A-001,
-- A-002... without gaps or twins, and which counters are open. Refers to points, lines and counters by code/number.

-- The last number handed out per point, line and day: taken with one upsert, which locks the row until the ticket's
-- transaction ends, so concurrent takes queue up on it and a rolled-back take gives its number back.
create table q_number (
    point_code text not null,
    line_code  varchar(2) not null,
    day        date not null,
    last       integer not null,
    primary key (point_code, line_code, day)
);

create table q_ticket (
    id                uuid primary key,                -- random: the resident's ticket page is reached by it alone
    point_code        text not null,
    line_code         varchar(2) not null,             -- the line it waits on now (a transfer changes it)
    day               date not null,                   -- the point's local day
    seq               integer not null,                -- the number on its first line that day
    number            text not null,                   -- as printed: A-017
    kind              text not null check (kind in ('WALK_IN', 'APPOINTMENT')),
    priority          text check (priority in ('ELDERLY', 'DISABILITY', 'PREGNANT', 'SMALL_CHILD')),
    appointment_id    uuid unique,
    appointment_start timestamptz,
    resident          uuid,                            -- only when a signed-in resident took it: for "your turn is near"
    status            text not null check (status in ('WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW')),
    taken_at          timestamptz not null,
    queued_at         timestamptz not null,            -- its place in the line (a skip sends it to the back)
    eligible_at       timestamptz not null,            -- not called before (the grace period after a skip)
    skips             integer not null default 0,
    counter_number    integer,                         -- the counter that called it / serves it
    to_counter        integer,                         -- transferred to this counter: only it calls the ticket
    called_at         timestamptz,
    serving_at        timestamptz,
    finished_at       timestamptz,
    dossier_code      text,
    note              text check (length(note) <= 1000),
    near_told         boolean not null default false,
    check ((kind = 'APPOINTMENT') = (appointment_start is not null))
);
create unique index q_ticket_number_idx on q_ticket (point_code, day, number);
create index q_ticket_waiting_idx on q_ticket (point_code, day, line_code) where status = 'WAITING';
create index q_ticket_counter_idx on q_ticket (point_code, day, counter_number) where status in ('CALLED', 'SERVING');
create index q_ticket_finished_idx on q_ticket (point_code, line_code, finished_at) where status = 'DONE';
create index q_ticket_day_idx on q_ticket (day);

-- Counters open now (a row per counter that was ever opened); an open counter counts for the wait estimate.
create table q_counter_state (
    point_code text not null,
    number     integer not null,
    open       boolean not null,
    changed_at timestamptz not null,
    primary key (point_code, number)
);
