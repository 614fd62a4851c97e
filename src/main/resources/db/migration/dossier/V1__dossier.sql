-- Dossiers: applications for administrative procedures, handled under the one-stop ("một cửa") rules of Decree
-- 61/2018 and Circular 01/2018. Documents and signed results are kept in the database with the dossier, so a
-- dossier and its papers are backed up and restored together.

create sequence dsr_dossier_number_seq;

create table dsr_dossier (
    id               uuid primary key,
    code             text        not null unique,
    procedure_code   text        not null,
    procedure_name   text        not null,
    ward_code        text        not null,
    unit_id          uuid        not null references idn_unit (id),
    applicant_id     uuid        not null references idn_account (id),
    applicant_name   text        not null,
    -- Only what the public status look-up needs of the phone number: its last four digits.
    phone_last4      text,
    form_data        jsonb       not null default '{}',
    status           text        not null,
    fee_vnd          bigint,
    payment          text        not null,
    payment_ref      text,
    processing_days  int,
    submission_key   text,
    assignee_id      uuid references idn_account (id),
    created_at       timestamptz not null,
    submitted_at     timestamptz,
    received_at      timestamptz,
    due_at           timestamptz,
    -- Set while the dossier waits for the resident's supplement: the clock stands still.
    paused_at        timestamptz,
    remaining_minutes bigint,
    decided_at       timestamptz,
    result_issued_at timestamptz,
    delivered_at     timestamptz,
    closed_reason    text,
    updated_at       timestamptz not null,
    version          int         not null default 0,
    unique (applicant_id, submission_key)
);
create index dsr_dossier_unit_idx on dsr_dossier (unit_id, status, due_at);
create index dsr_dossier_applicant_idx on dsr_dossier (applicant_id, created_at desc);

create table dsr_document (
    id           uuid primary key,
    dossier_id   uuid        not null references dsr_dossier (id),
    requirement  int,
    file_name    text        not null,
    content_type text        not null,
    size_bytes   bigint      not null,
    sha256       text        not null,
    content      bytea       not null,
    uploaded_at  timestamptz not null default now()
);
create index dsr_document_dossier_idx on dsr_document (dossier_id);

create table dsr_event (
    id          bigserial primary key,
    dossier_id  uuid        not null references dsr_dossier (id),
    at          timestamptz not null,
    action      text        not null,
    from_status text,
    to_status   text        not null,
    note        text,
    public_note boolean     not null default true,
    actor_id    uuid,
    actor_name  text,
    unit_id     uuid,
    due_at      timestamptz
);
create index dsr_event_dossier_idx on dsr_event (dossier_id, at);

create table dsr_result (
    dossier_id uuid primary key references dsr_dossier (id),
    pdf        bytea       not null,
    sha256     text        not null,
    signed_at  timestamptz not null
);

create table dsr_rating (
    dossier_id  uuid primary key references dsr_dossier (id),
    time_score     int not null check (time_score between 1 and 5),
    attitude_score int not null check (attitude_score between 1 and 5),
    guidance_score int not null check (guidance_score between 1 and 5),
    cost_score     int not null check (cost_score between 1 and 5),
    result_score   int not null check (result_score between 1 and 5),
    comment     text,
    rated_at    timestamptz not null
);
