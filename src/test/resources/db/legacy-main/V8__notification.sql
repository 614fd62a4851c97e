-- Notifications: the in-app inbox. One row per recipient and source event, so a redelivered event is not shown twice.

create table ntf_inbox (
    id           bigserial primary key,
    account_id   uuid        not null references idn_account (id),
    source_event text        not null,
    title        text        not null,
    body         text,
    link         text,
    created_at   timestamptz not null default now(),
    read_at      timestamptz,
    unique (account_id, source_event)
);
create index ntf_inbox_unread_idx on ntf_inbox (account_id, created_at desc) where read_at is null;
create index ntf_inbox_account_idx on ntf_inbox (account_id, created_at desc);
