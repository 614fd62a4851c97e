-- Who was shown a caller's full number to ring them back: those officers (with the one who accepted the call and the
-- one who did the call-back) may see the number again in the call log; everyone else sees it masked.
create table htl_number_reveal (
    call_id      uuid        not null references htl_call (id) on delete cascade,
    officer      uuid        not null,
    revealed_at  timestamptz not null,
    primary key (call_id, officer)
);
