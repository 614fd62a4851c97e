-- Datasets the city's administrators register by hand (issue 16), beside the ones the platform generates from its
-- own modules (those are described in code and never stored). A withdrawn dataset keeps its row, so its name is
-- never given to another dataset and the audit trail's references stay meaningful.

create table od_dataset (
    id              uuid primary key,
    -- The URL name (CKAN's "name"): stable once given.
    name            text        not null unique check (name ~ '^[a-z0-9][a-z0-9-]{1,99}$'),
    title_vi        text        not null check (length(title_vi) between 1 and 300),
    title_en        text        not null check (length(title_en) between 1 and 300),
    description_vi  text        not null check (length(description_vi) <= 5000),
    description_en  text        not null check (length(description_en) <= 5000),
    -- The CKAN organization name of the publishing body: ubnd-tp-ha-noi, or a unit's code in lower case.
    publisher       text        not null,
    license_id      text        not null,
    themes          text[]      not null,
    keywords        text[]      not null,
    frequency       text        not null,
    temporal_start  date,
    temporal_end    date,
    spatial         text        not null check (length(spatial) between 1 and 300),
    created_by      uuid        not null references idn_account (id),
    created_at      timestamptz not null,
    modified_at     timestamptz not null,
    withdrawn_at    timestamptz,
    check (temporal_start is null or temporal_end is null or temporal_start <= temporal_end)
);

create table od_resource (
    id           uuid primary key,
    dataset_id   uuid        not null references od_dataset (id) on delete cascade,
    name         text        not null check (length(name) between 1 and 200),
    description  text        not null check (length(description) <= 1000),
    format       text        not null check (format in ('CSV', 'JSON', 'GeoJSON')),
    media_type   text        not null,
    -- An address elsewhere (https), or null for a file kept here, in content.
    link         text,
    size_bytes   bigint,
    sha256       text,
    content      bytea,
    added_at     timestamptz not null,
    check ((link is null) = (content is not null)),
    check (content is null or octet_length(content) = size_bytes)
);

-- Kept uncompressed: a file is read in chunks (a download streams it, a page previews its first rows), and an
-- uncompressed value gives each chunk without decompressing everything before it.
alter table od_resource alter column content set storage external;

create index od_resource_dataset_idx on od_resource (dataset_id, added_at);
