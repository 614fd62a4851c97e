-- Setup of the insight benchmark's data generation (bench/insight/generate.sh), run once before the chunks.
-- Fully fictitious data: bench accounts named "Người dùng thử N", no real person, no real text.
--
-- psql variables: accounts (how many bench accounts), drop_indexes (1: drop the secondary indexes of the tables
-- being filled and keep their definitions, to build them again in finish.sql with the same definitions).
\set ON_ERROR_STOP on

-- Lookup tables used by the chunk inserts, dropped by finish.sql.
drop table if exists bench_ward, bench_cat, bench_proc, bench_saved_index;

-- The 126 Hanoi wards in a fixed pseudo-random order (md5 of the code); a chunk picks a ward with a skewed draw
-- (the first wards of this order are busier, as populous wards are), each with its two units.
create table bench_ward as
select row_number() over (order by md5(w.code))::int as i, w.code, w.lat, w.lon,
       (select id from idn_unit u where u.ward_code = w.code and u.kind = 'WARD_COMMITTEE') as committee,
       (select id from idn_unit u where u.ward_code = w.code and u.kind = 'SERVICE_CENTRE') as centre
from geo_ward w where w.province_code = '01';
alter table bench_ward add primary key (i);
do $$ begin
  if (select count(*) from bench_ward where committee is null or centre is null or lat is null) > 0 then
    raise exception 'a Hanoi ward without its two units or its coordinates';
  end if;
end $$;

-- Report categories in 100 slots by share: a uniform draw of a slot picks a category with that share.
-- Routed like RoutingPolicy does: the category's department when it has one, else the ward's People's Committee.
create table bench_cat as
with share (code, pct) as (values
    ('ROADS', 20), ('WASTE', 18), ('LIGHTING', 12), ('DRAINAGE', 12), ('PUBLIC_ORDER', 10), ('TREES', 6),
    ('ILLEGAL_CONSTRUCTION', 6), ('NOISE', 6), ('TRAFFIC_SIGNALS', 4), ('WATER_SUPPLY', 3), ('OTHER', 3)),
cum as (select code, pct, sum(pct) over (order by pct desc, code) as upto from share)
select s.slot, c.code, c.sla_working_hours as sla, u.id as department_unit
from generate_series(0, 99) s(slot)
join cum on s.slot < cum.upto and s.slot >= cum.upto - cum.pct
join rpt_category c on c.code = cum.code
left join idn_unit u on u.code = c.department_unit_code;
alter table bench_cat add primary key (slot);
do $$ begin
  if (select count(*) from bench_cat) <> 100 then raise exception 'category slots: %', (select count(*) from bench_cat); end if;
end $$;

-- The procedures a resident can file online (DossierDrafts refuses the others), the everyday ones first; a chunk
-- draws the rank k with p(k) ~ 1/k (Zipf), so a few dozen procedures carry most dossiers, as in a real one-stop desk.
create table bench_proc as
select row_number() over (order by p.common desc, md5(p.code))::int as i, p.code, p.name_vi,
       p.processing_days, p.fee_vnd
from prc_procedure p where p.online_level in ('FULL_ONLINE', 'PARTLY_ONLINE');
alter table bench_proc add primary key (i);

-- Bench accounts (reporters and applicants): ids derived from the number, so the chunks need no join.
insert into idn_account (id, email, display_name, password_hash, identity_level, created_at, password_changed_at)
select md5('bench-insight-account-' || g)::uuid, 'insight' || g || '@bench.opencity.vn', 'Người dùng thử ' || g,
       '{noop}unused', 1, now() - interval '3 years', now() - interval '3 years'
from generate_series(0, :accounts - 1) g
on conflict do nothing;

-- No figures triggers during the bulk load: finish.sql notes every day once, as the migrations do for old rows.
alter table rpt_report disable trigger rpt_figures_on_insert;
alter table rpt_report disable trigger rpt_figures_on_update;
alter table dsr_dossier disable trigger dsr_figures_on_insert;
alter table dsr_dossier disable trigger dsr_figures_on_update;
alter table dsr_rating disable trigger dsr_figures_on_rating;

-- Secondary indexes (not those of primary keys and unique constraints) are built once after the load from their
-- own definitions: 5 million inserts into ten B-trees each would take much longer than ten sorts.
create table bench_saved_index as
select c.relname as index_name, t.relname as table_name, pg_get_indexdef(i.indexrelid) as definition
from pg_index i join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
where t.relname in ('rpt_report', 'dsr_dossier', 'dsr_document', 'dsr_event')
  and not i.indisunique and not i.indisprimary and :drop_indexes = 1;
select format('drop index %I', index_name) from bench_saved_index \gexec

select 'setup wards=' || (select count(*) from bench_ward) || ' category_slots=' || (select count(*) from bench_cat)
    || ' online_procedures=' || (select count(*) from bench_proc)
    || ' bench_accounts=' || (select count(*) from idn_account where email like 'insight%@bench.opencity.vn')
    || ' dropped_indexes=' || (select count(*) from bench_saved_index)
    || ' (' || coalesce((select string_agg(index_name, ',') from bench_saved_index), '') || ')';
