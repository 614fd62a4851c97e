-- Notifications beyond the in-app inbox: each person's channel preferences, their browsers' push subscriptions, the
-- platform's VAPID key pair, and one delivery per recipient, event and channel with every attempt recorded.

create table ntf_preference (
    account_id    uuid primary key references idn_account (id),
    email_enabled boolean     not null default true,
    sms_enabled   boolean     not null default true,
    push_enabled  boolean     not null default true,
    -- SMS sent in this window (Vietnam time) waits until it ends; both null = no quiet hours.
    quiet_from    time,
    quiet_to      time,
    updated_at    timestamptz not null default now(),
    check ((quiet_from is null) = (quiet_to is null))
);

create table ntf_push_subscription (
    id         uuid primary key,
    account_id uuid        not null references idn_account (id),
    endpoint   text        not null unique,
    p256dh     text        not null,
    auth       text        not null,
    user_agent text,
    created_at timestamptz not null default now()
);
create index ntf_push_subscription_account_idx on ntf_push_subscription (account_id);

-- Generated once at first start; the public half is what browsers subscribe with, so it must never change.
create table ntf_vapid_key (
    id          int primary key check (id = 1),
    public_key  text        not null,
    private_key text        not null,
    created_at  timestamptz not null default now()
);

create table ntf_delivery (
    id              bigserial primary key,
    account_id      uuid        not null references idn_account (id),
    source_event    text        not null,
    template        text        not null,
    params          text[]      not null,
    link            text,
    channel         text        not null check (channel in ('EMAIL', 'SMS', 'PUSH')),
    -- For administrators: "n***@gmail.com", "*******678"; the address itself stays with the account.
    address_hint    text,
    status          text        not null check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    -- A worker that claimed the delivery owns it until then; after a crash another worker takes it over.
    lease_until     timestamptz,
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    unique (account_id, source_event, channel)
);
create index ntf_delivery_due_idx on ntf_delivery (next_attempt_at) where status in ('PENDING', 'SENDING');
create index ntf_delivery_status_idx on ntf_delivery (status, created_at desc);

create table ntf_attempt (
    id          bigserial primary key,
    delivery_id bigint      not null references ntf_delivery (id),
    at          timestamptz not null default now(),
    outcome     text        not null check (outcome in ('SENT', 'RETRY', 'FAILED', 'DEFERRED', 'RESEND')),
    detail      text,
    actor_id    uuid
);
create index ntf_attempt_delivery_idx on ntf_attempt (delivery_id, at);
