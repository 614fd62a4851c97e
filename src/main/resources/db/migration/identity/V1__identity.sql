-- Identity: organisation units, accounts, officer roles per unit, sign-in throttling, token signing keys, audit log.

create table idn_unit (
    id         uuid primary key,
    code       text not null unique,
    name_vi    text not null,
    name_en    text not null,
    kind       text not null check (kind in ('CITY_DEPARTMENT', 'WARD_COMMITTEE', 'SERVICE_CENTRE')),
    ward_code  varchar(5) references geo_ward (code),
    check ((kind = 'CITY_DEPARTMENT') = (ward_code is null))
);
create index idn_unit_ward_idx on idn_unit (ward_code);

create table idn_account (
    id                  uuid primary key,
    phone               text unique,
    email               text unique,
    display_name        text not null,
    password_hash       text not null,
    identity_level      smallint not null default 1 check (identity_level in (1, 2)),
    -- Keyed hash of the citizen ID number: lets us refuse a second account for one person without keeping the number.
    citizen_id_hash     text unique,
    citizen_id_last3    varchar(3),
    verified_at         timestamptz,
    verified_by         uuid references idn_account (id),
    verified_unit_id    uuid references idn_unit (id),
    home_ward_code      varchar(5) references geo_ward (code),
    locale              varchar(5) not null default 'vi',
    enabled             boolean not null default true,
    created_at          timestamptz not null default now(),
    password_changed_at timestamptz not null default now(),
    check (phone is not null or email is not null),
    check ((identity_level = 2) = (citizen_id_hash is not null))
);

create table idn_role_assignment (
    id         bigserial primary key,
    account_id uuid not null references idn_account (id),
    role       text not null check (role in ('WARD_OFFICER', 'DEPARTMENT_OFFICER', 'CENTRE_CLERK', 'CITY_OPERATOR', 'ADMINISTRATOR')),
    unit_id    uuid references idn_unit (id),
    granted_at timestamptz not null default now(),
    check ((role in ('CITY_OPERATOR', 'ADMINISTRATOR')) = (unit_id is null))
);
create unique index idn_role_assignment_unique on idn_role_assignment (account_id, role, coalesce(unit_id, '00000000-0000-0000-0000-000000000000'::uuid));

create table idn_login_throttle (
    login        text primary key,
    failures     integer not null default 0,
    locked_until timestamptz,
    last_failure timestamptz
);

create table idn_signing_key (
    kid        text primary key,
    jwk        text not null,
    created_at timestamptz not null default now()
);

-- Generated secrets (e.g. the key of citizen ID hashes) when none is configured.
create table idn_secret (
    name       text primary key,
    value      text not null,
    created_at timestamptz not null default now()
);

create table audit_entry (
    id          bigserial primary key,
    occurred_at timestamptz not null default now(),
    actor_id    uuid,
    actor_name  text not null,
    action      text not null,
    target_type text not null,
    target_id   text,
    unit_id     uuid,
    details     jsonb not null default '{}'::jsonb,
    request_id  text
);
create index audit_entry_actor_idx on audit_entry (actor_id, occurred_at desc);
create index audit_entry_target_idx on audit_entry (target_type, target_id);
create index audit_entry_time_idx on audit_entry (occurred_at desc);

-- The audit log is append-only, whoever connects.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end
$$;
create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
