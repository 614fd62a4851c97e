-- A resident rates a finished dossier: ResultRepository's insert (on conflict do nothing, as there).
\set p random(1, :pool_ratings)
\set t random(1, 5)
\set a random(3, 5)
begin;
insert into dsr_rating (dossier_id, time_score, attitude_score, guidance_score, cost_score, result_score, comment,
    rated_at)
select id, :t, :a, 5, 4, :a, null, now() from bench_pool_rating where i = :p
on conflict do nothing;
commit;
