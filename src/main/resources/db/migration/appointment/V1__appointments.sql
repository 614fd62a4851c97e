-- Appointments at service points. The database enforces capacity: each slot of a line at a point has a row whose
-- booked count only grows through "update … where booked < capacity", so concurrent bookings cannot overfill it.

create table apt_slot (
    point_code text not null,
    line_code  text not null,
    starts_at  timestamptz not null,
    booked     integer not null default 0 check (booked >= 0),
    primary key (point_code, line_code, starts_at)
);

create table apt_appointment (
    id             uuid primary key,
    code           text not null unique,             -- on the confirmation and its QR code: LH-7K3P9Q
    point_code     text not null,
    line_code      text not null,
    procedure_code text not null,
    starts_at      timestamptz not null,
    ends_at        timestamptz not null,
    local_day      date not null,                    -- the slot's day in the city's time zone
    resident       uuid not null,
    dossier_code   text,
    note           text check (char_length(note) <= 500),
    status         text not null check (status in ('BOOKED', 'CANCELLED', 'CHECKED_IN', 'NO_SHOW')),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    checked_in_at  timestamptz,
    reminded_at    timestamptz,
    version        integer not null default 0,
    check (starts_at < ends_at)
);
-- One active booking per person, procedure and day.
create unique index apt_one_per_person_day on apt_appointment (resident, procedure_code, local_day)
    where status in ('BOOKED', 'CHECKED_IN');
create index apt_point_day_idx on apt_appointment (point_code, local_day);
create index apt_due_idx on apt_appointment (status, starts_at);
create index apt_resident_idx on apt_appointment (resident, starts_at desc);
