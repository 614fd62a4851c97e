-- The whole national catalogue (issue 12): procedures of the ministries and the city as well as the ward's, the
-- ministry that manages each and where a resident goes for it. Rows are filled by the Java migration
-- V4__LoadWholeCatalogue (org.opencity.procedure.internal).

alter table prc_procedure drop constraint prc_procedure_level_check;
alter table prc_procedure add constraint prc_procedure_level_check check (level in ('WARD', 'PROVINCE', 'MINISTRY'));

-- No city unit receives a ministry's procedure.
alter table prc_procedure alter column unit_kind drop not null;

alter table prc_procedure add column managing_body text not null default '';   -- e.g. 'Bộ Công an'
alter table prc_procedure add column receiving_address text;                   -- as published, when it is
-- The national catalogue lists an online channel for it (the national portal or a ministry's): not OpenCity's own
-- online application (online_level).
alter table prc_procedure add column online_elsewhere boolean not null default false;

-- The level filter of the catalogue search, and the level that orders equal matches.
create index prc_procedure_level_idx on prc_procedure (level);
