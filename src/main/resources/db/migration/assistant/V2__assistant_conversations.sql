-- The assistant's conversations: what residents asked (personal data masked before it is written), what the
-- assistant answered and from which records, the thumbs up or down they gave, and their requests to talk to a
-- person. Kept for opencity.assistant.retention (90 days by default), then deleted with everything under them.

create table ast_conversation (
    id                 uuid primary key,
    -- Null for an anonymous visitor: their conversation is reached only by its random id.
    account_id         uuid references idn_account (id),
    language           text        not null,
    -- The procedure the conversation is about, so a follow-up ("còn lệ phí thì sao?") needs no name again.
    topic_code         text,
    topic_confidence   double precision,
    started_at         timestamptz not null,
    last_at            timestamptz not null
);
create index ast_conversation_last_idx on ast_conversation (last_at);
create index ast_conversation_account_idx on ast_conversation (account_id, last_at desc) where account_id is not null;

create table ast_turn (
    id               uuid primary key,
    conversation_id  uuid        not null references ast_conversation (id) on delete cascade,
    position         int         not null,
    -- As typed, with phone numbers, citizen ID numbers, emails and a dossier's phone digits replaced by ***.
    question         text        not null,
    answer           text        not null,
    -- The records cited, most relevant first (national procedure codes, FAQ codes, ward codes), for the review of
    -- answers; sources and actions keep what the page shows again (names, links and labels as they were answered).
    source_codes     text[]      not null default '{}',
    sources          jsonb       not null default '[]',
    actions          jsonb       not null default '[]',
    confidence       double precision not null,
    -- ANSWERED, NOT_SURE (below the threshold) or ACTION (live data: a dossier's status, a ward…).
    outcome          text        not null,
    rephrased        boolean     not null default false,
    feedback         text check (feedback in ('UP', 'DOWN')),
    feedback_at      timestamptz,
    asked_at         timestamptz not null,
    unique (conversation_id, position)
);
create index ast_turn_review_idx on ast_turn (asked_at desc) where outcome = 'NOT_SURE' or feedback = 'DOWN';

create table ast_handover (
    id               uuid primary key,
    conversation_id  uuid        not null references ast_conversation (id) on delete cascade,
    -- What the resident offered to be reached at (free text, optional); shown to officers only, never logged.
    contact          text,
    status           text        not null check (status in ('OPEN', 'TAKEN')),
    requested_at     timestamptz not null,
    taken_by         uuid references idn_account (id),
    taken_by_name    text,
    taken_at         timestamptz
);
create index ast_handover_status_idx on ast_handover (status, requested_at);
create index ast_handover_conversation_idx on ast_handover (conversation_id);
