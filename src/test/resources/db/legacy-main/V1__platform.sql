-- Platform: idempotency keys of API writes, and Spring Modulith's event publication registry (the outbox).

create table platform_idempotency_key (
    scope        text        not null,
    idem_key     text        not null,
    fingerprint  text        not null,
    status       integer,
    content_type text,
    location     text,
    body         bytea,
    created_at   timestamptz not null default now(),
    completed_at timestamptz,
    primary key (scope, idem_key)
);
create index platform_idempotency_key_created_idx on platform_idempotency_key (created_at);

-- Copied from spring-modulith-events-jdbc 2.0.3 schema-postgresql.sql
create table event_publication (
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

create table event_publication_archive (
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_archive_serialized_event_hash_idx on event_publication_archive using hash (serialized_event);
create index event_publication_archive_by_completion_date_idx on event_publication_archive (completion_date);
