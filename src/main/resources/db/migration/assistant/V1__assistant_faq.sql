-- The assistant's FAQ: what residents ask that no procedure record answers (using the platform, the 2025 ward
-- reorganisation, which agency handles a topic the catalogue does not cover). Rows are loaded once from
-- data/assistant/faq.csv by the Java migration V1_1__LoadFaq (org.opencity.assistant.internal.faq); afterwards
-- administrators edit them. An entry is never deleted: retiring it sets valid_to, so a rule that changed on a date
-- stays explainable.

create table ast_faq_entry (
    code       text        primary key check (code ~ '^FAQ-[0-9]{3}$'),
    questions  jsonb       not null check (jsonb_typeof(questions) = 'array'),  -- ["phường cũ giờ là phường nào", …]
    answer_vi  text        not null,
    answer_en  text        not null,
    links      jsonb       not null default '[]' check (jsonb_typeof(links) = 'array'),  -- OpenCity paths or https URLs
    valid_from date        not null,
    valid_to   date,                              -- the last day it applies; null: until further notice
    updated_at timestamptz not null default now(),
    version    integer     not null default 0     -- optimistic version, raised by every change
);

