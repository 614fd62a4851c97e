-- Wrong guesses at the public status look-up (receipt code + last four phone digits), per code, shared by every node:
-- a throttle kept in each node's memory would give an attacker as many tries as there are nodes.
create table dsr_lookup_failure (
    code          varchar(32) primary key,
    failures      integer     not null,
    window_start  timestamptz not null
);
