-- After the chunks (bench/insight/generate.sh): the secondary indexes built again from their saved definitions, the
-- figures triggers enabled again, statistics and visibility maps (vacuum analyze, what autovacuum would do after
-- such a load). Timing of each statement is printed (\timing). mark.sql then notes the days dirty.
\set ON_ERROR_STOP on
\timing on
select definition from bench_saved_index order by table_name, index_name \gexec
alter table rpt_report enable trigger rpt_figures_on_insert;
alter table rpt_report enable trigger rpt_figures_on_update;
alter table dsr_dossier enable trigger dsr_figures_on_insert;
alter table dsr_dossier enable trigger dsr_figures_on_update;
alter table dsr_rating enable trigger dsr_figures_on_rating;
drop table bench_saved_index; -- bench_ward, bench_cat and bench_proc stay: the write benchmark's scripts use them
vacuum (analyze) rpt_report;
vacuum (analyze) dsr_dossier;
vacuum (analyze) dsr_document;
vacuum (analyze) dsr_result;
vacuum (analyze) dsr_rating;
vacuum (analyze) dsr_event;
vacuum (analyze) idn_account;
