-- Text messages to a phone number that has no account (the hotline texts a caller their report number). Such a
-- delivery carries its own number and language: there is no account to look them up in when it is sent. An
-- account's delivery keeps neither, as before: its address stays with the account.

alter table ntf_delivery alter column account_id drop not null;
alter table ntf_delivery add column phone text;
alter table ntf_delivery add column locale text;

-- Only SMS can reach a bare number (email and push need an account's address or browsers).
alter table ntf_delivery add constraint ntf_delivery_recipient_check check (
    (account_id is not null and phone is null and locale is null)
    or (account_id is null and channel = 'SMS' and phone is not null and locale is not null));

-- The unique (account_id, source_event, channel) of V2 treats nulls as all different, so it lets an event handled
-- twice queue a second text to a number; this index lets it queue one.
create unique index ntf_delivery_without_account_idx on ntf_delivery (source_event, channel) where account_id is null;
