-- Procedures catalogue: administrative procedures residents can do, with what each needs, costs and takes.
-- Rows are loaded by the Java migration V11 (org.opencity.procedure.internal.V11__LoadProcedures).

create table prc_field (
    code    text primary key,
    name_vi text not null,
    name_en text not null
);

create table prc_procedure (
    code                   text primary key check (code ~ '^[0-9]\.[0-9]{6}$'),
    name_vi                text    not null,
    name_en                text    not null,
    name_folded            text    not null,       -- VietnameseText.fold(name_vi), for ranking
    search_folded          text    not null,       -- folded names, field, result and life events: what a search matches
    field_code             text    not null references prc_field (code),
    level                  text    not null check (level in ('PROVINCE', 'WARD')),
    implementing_unit      text    not null,
    unit_kind              text    not null check (unit_kind in ('CITY_DEPARTMENT', 'WARD_COMMITTEE', 'SERVICE_CENTRE')),
    processing_days        integer check (processing_days >= 0),
    processing_time_text   text    not null,       -- as published, e.g. "Trực tiếp: 7 Ngày làm việc"
    fee_text               text    not null,
    fee_vnd                bigint  check (fee_vnd >= 0),   -- null: not a plain amount in dong; 0: free
    online_fee_vnd         bigint  check (online_fee_vnd >= 0),
    documents              jsonb   not null default '[]',  -- [{name, copies, templateFile}]
    form_fields            jsonb   not null default '[]',  -- [{name, labelVi, labelEn, type, required, options}]
    online_level           text    not null check (online_level in ('FULL_ONLINE', 'PARTLY_ONLINE', 'INFORMATION_ONLY')),
    legal_basis            text    not null,
    result                 text    not null,
    minimum_identity_level integer not null check (minimum_identity_level between 0 and 2),
    common                 boolean not null default false,  -- one of the everyday resident procedures
    source_url             text,
    version                integer not null default 0,
    updated_at             timestamptz not null default now()
);
create index prc_procedure_field_idx on prc_procedure (field_code);

create table prc_life_event (
    code           text primary key,
    name_vi        text    not null,
    name_en        text    not null,
    phrases_folded text    not null,              -- '|'-separated folded phrases that name the event in a query
    sort_order     integer not null
);

create table prc_procedure_life_event (
    procedure_code text not null references prc_procedure (code),
    event_code     text not null references prc_life_event (code),
    priority       integer not null default 100,  -- order within the event: the procedure most people need first
    primary key (procedure_code, event_code)
);
create index prc_procedure_life_event_event_idx on prc_procedure_life_event (event_code);

-- One row per administrator change: the version it produced and the whole procedure as it was before.
create table prc_revision (
    id              bigserial primary key,
    procedure_code  text        not null references prc_procedure (code),
    version         integer     not null,
    changed_at      timestamptz not null,
    changed_by      uuid        references idn_account (id),
    changed_by_name text        not null,
    changed_fields  text        not null,
    previous        jsonb       not null,
    unique (procedure_code, version)
);
