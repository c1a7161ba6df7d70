-- The fact tables' secondary indexes a rebuild drops when it empties them (so that replaying maintains no index but
-- the keys its inserts check) and builds again once it has caught up. Kept in a table rather than in memory, so a
-- restart in between still builds them (at startup).
create table projection_index (
    index_name text primary key,
    definition text not null
);
