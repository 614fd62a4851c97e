-- Photos a resident attached to a report form that came back to them (a field to correct, or the check for similar
-- reports nearby): already checked, held for a short while so that they need not choose them again. Kept apart
-- from rpt_photo because they belong to no report yet, and in the database rather than the photo store so that
-- an expired one is gone with its row.
create table rpt_pending_photo (
    id         uuid primary key,
    account_id uuid        not null references idn_account (id),
    filename   text        not null,
    content    bytea       not null,
    -- The form shows it back; null for HEIC, which cannot be decoded here.
    thumbnail  bytea,
    created_at timestamptz not null,
    expires_at timestamptz not null
);
create index rpt_pending_photo_account_idx on rpt_pending_photo (account_id, created_at);
create index rpt_pending_photo_expiry_idx on rpt_pending_photo (expires_at);
