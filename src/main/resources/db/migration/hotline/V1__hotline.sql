-- The AI hotline: calls, what was said in them, the queue for a person, call-backs, agents' dial addresses,
-- recordings of voice reports and the synthesised prompts.

create table htl_call (
    id                uuid primary key,
    provider_call_id  varchar(64)  not null unique,
    -- The caller's number: for the call-back and the report's SMS only; pages show it masked except to the officers
    -- who handle the call.
    caller_phone      varchar(32),
    called_number     varchar(32),
    language          varchar(8)   not null,
    state             varchar(32)  not null,
    retries           integer      not null default 0,
    conversation_id   uuid,
    dossier_code      varchar(32),
    report_place      varchar(500),
    report_number     varchar(32),
    outcome           varchar(24),
    path              varchar(2000) not null default '',
    started_at        timestamptz  not null,
    ended_at          timestamptz,
    updated_at        timestamptz  not null
);
create index htl_call_started_idx on htl_call (started_at desc);

create table htl_call_line (
    id        bigserial primary key,
    call_id   uuid        not null references htl_call (id) on delete cascade,
    speaker   varchar(8)  not null check (speaker in ('CALLER', 'HOTLINE', 'AGENT')),
    text      text        not null,
    said_at   timestamptz not null
);
create index htl_call_line_call_idx on htl_call_line (call_id, id);

create table htl_handover (
    id                uuid primary key,
    call_id           uuid        not null unique references htl_call (id) on delete cascade,
    status            varchar(16) not null check (status in ('WAITING', 'ACCEPTED', 'CLOSED', 'ABANDONED')),
    queued_at         timestamptz not null,
    accepted_at       timestamptz,
    accepted_by       uuid,
    accepted_by_name  varchar(200),
    dial_address      varchar(200),
    connected_at      timestamptz,
    closed_at         timestamptz,
    closing_outcome   varchar(24),
    closing_note      varchar(1000),
    updated_at        timestamptz not null
);
create index htl_handover_waiting_idx on htl_handover (queued_at) where status = 'WAITING';

create table htl_callback (
    id             uuid primary key,
    call_id        uuid        not null unique references htl_call (id) on delete cascade,
    phone          varchar(32) not null,
    requested_at   timestamptz not null,
    done_at        timestamptz,
    done_by        uuid,
    done_by_name   varchar(200),
    note           varchar(1000)
);
create index htl_callback_open_idx on htl_callback (requested_at) where done_at is null;

create table htl_agent (
    account_id    uuid primary key,
    dial_address  varchar(200) not null,
    updated_at    timestamptz  not null
);

create table htl_voice_report (
    call_id             uuid primary key references htl_call (id) on delete cascade,
    place               varchar(500),
    recording_url       varchar(1000) not null,
    recording_seconds   integer,
    transcript          text,
    recorded_at         timestamptz not null,
    report_number       varchar(32),
    audio               bytea,
    audio_type          varchar(100),
    fetch_attempts      integer not null default 0,
    fetch_error         varchar(500),
    completed_at        timestamptz
);
create index htl_voice_report_pending_idx on htl_voice_report (recorded_at) where completed_at is null;

create table htl_prompt_audio (
    hash        varchar(64) primary key,
    voice       varchar(32) not null,
    text        text        not null,
    wav         bytea       not null,
    created_at  timestamptz not null
);
