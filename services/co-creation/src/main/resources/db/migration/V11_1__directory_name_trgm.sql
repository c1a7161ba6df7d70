-- The public member directory searches organisation names in Japanese: trigrams need no word boundaries.
create extension if not exists pg_trgm;
create index organisation_name_trgm on organisation using gin (name gin_trgm_ops);
