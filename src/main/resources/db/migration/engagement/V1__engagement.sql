-- Public votes and surveys (issue 15). One row per person, poll and criterion in eng_vote: its primary key is what
-- makes "one vote per eligible person per criterion" a rule of the database, whatever page or node the vote came
-- through. The running tally is kept beside the votes, in the same transaction (ADR 15), so live results never
-- count the raw votes; a recount from eng_vote must always equal it (tested).

create table eng_poll (
    id                 uuid primary key,
    kind               text        not null check (kind in ('POLL', 'SURVEY')),
    title_vi           text        not null check (length(title_vi) between 1 and 300),
    title_en           text        not null check (length(title_en) between 1 and 300),
    description_vi     text        not null default '' check (length(description_vi) <= 5000),
    description_en     text        not null default '' check (length(description_en) <= 5000),
    ballot             text        not null check (ballot in ('SINGLE', 'MULTIPLE', 'RANKED')),
    max_choices        int         not null default 1 check (max_choices between 1 and 100),
    opens_at           timestamptz not null,
    closes_at          timestamptz not null,
    audience           text        not null check (audience in ('EVERYONE', 'CITY_RESIDENTS', 'WARD_RESIDENTS')),
    ward_code          text,
    min_identity_level int         not null default 1 check (min_identity_level between 1 and 2),
    changeable         boolean     not null,
    live_results       boolean     not null,
    owner_unit_id      uuid,
    created_by         uuid        not null,
    created_at         timestamptz not null,
    published_at       timestamptz,
    published_by       uuid,
    check (closes_at > opens_at),
    check ((audience = 'WARD_RESIDENTS') = (ward_code is not null))
);

create index eng_poll_closes on eng_poll (closes_at desc);

create table eng_criterion (
    poll_id  uuid not null references eng_poll (id),
    code     text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$'),
    position int  not null,
    name_vi  text not null,
    name_en  text not null,
    primary key (poll_id, code)
);

create table eng_candidate (
    poll_id        uuid not null references eng_poll (id),
    code           text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$'),
    position       int  not null,
    name_vi        text not null,
    name_en        text not null,
    description_vi text not null default '',
    description_en text not null default '',
    picture_url    text,
    primary key (poll_id, code)
);

-- choices: candidate codes; for a ranked ballot in order of preference. fingerprint: SHA-256 (hex) of the receipt the
-- voter keeps. network: a keyed hash of the voter's /24 (IPv4) or /48 (IPv6), never the address itself.
create table eng_vote (
    poll_id        uuid        not null,
    criterion      text        not null,
    voter          uuid        not null,
    fingerprint    text        not null,
    choices        text[]      not null check (cardinality(choices) >= 1),
    identity_level smallint    not null,
    network        text        not null,
    new_account    boolean     not null,
    cast_at        timestamptz not null,
    changes        int         not null default 0,
    primary key (poll_id, criterion, voter),
    foreign key (poll_id, criterion) references eng_criterion (poll_id, code)
);

create index eng_vote_fingerprint on eng_vote (poll_id, fingerprint);
create index eng_vote_cast on eng_vote (poll_id, cast_at);

-- A receipt whose vote was changed: checking it says "replaced", not "unknown".
create table eng_replaced_receipt (
    poll_id     uuid        not null,
    fingerprint text        not null,
    replaced_at timestamptz not null,
    primary key (poll_id, fingerprint)
);

-- The running tally: votes per candidate (first preferences for a ranked ballot) and per identity level.
create table eng_tally (
    poll_id   uuid   not null,
    criterion text   not null,
    candidate text   not null,
    votes     bigint not null,
    primary key (poll_id, criterion, candidate)
);

create table eng_level_tally (
    poll_id        uuid     not null,
    criterion      text     not null,
    identity_level smallint not null,
    votes          bigint   not null,
    primary key (poll_id, criterion, identity_level)
);

create table eng_question (
    poll_id    uuid    not null references eng_poll (id),
    code       text    not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$'),
    position   int     not null,
    kind       text    not null check (kind in ('CHOICE', 'SCALE', 'TEXT')),
    text_vi    text    not null,
    text_en    text    not null,
    options_vi text[]  not null default '{}',
    options_en text[]  not null default '{}',
    required   boolean not null default true,
    primary key (poll_id, code),
    check (kind <> 'CHOICE' or cardinality(options_vi) between 2 and 30),
    check (cardinality(options_vi) = cardinality(options_en))
);

create table eng_response (
    poll_id        uuid        not null references eng_poll (id),
    respondent     uuid        not null,
    identity_level smallint    not null,
    submitted_at   timestamptz not null,
    primary key (poll_id, respondent)
);

create table eng_answer (
    poll_id    uuid not null,
    respondent uuid not null,
    question   text not null,
    choice     int check (choice >= 0),
    scale      int check (scale between 1 and 5),
    text       text check (length(text) <= 4000),
    primary key (poll_id, respondent, question),
    foreign key (poll_id, respondent) references eng_response (poll_id, respondent) on delete cascade,
    foreign key (poll_id, question) references eng_question (poll_id, code),
    check (num_nonnulls(choice, scale, text) = 1)
);
