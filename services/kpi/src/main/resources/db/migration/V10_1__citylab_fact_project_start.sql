-- citylab_fact_aggregate served one lookup only: a completed project takes its organisation from the fact of its
-- start. Every City Lab fact paid an entry in it at a random place (aggregate ids are random UUIDs), a third of a
-- rebuild's index writes; only the starts need one.
drop index citylab_fact_aggregate;
create index citylab_fact_project_start on citylab_fact (aggregate_id) where metric = 'PROJECTS_STARTED';
