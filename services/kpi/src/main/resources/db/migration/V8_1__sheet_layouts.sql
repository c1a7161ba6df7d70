-- Sheets as they are (issue: repeated indicators, hearing-sheet layout, narratives, export in the same layout).

-- The city's convention for 達成度: PROGRESS ((current − baseline) ÷ (target − baseline)), CURRENT_OVER_TARGET or
-- PRO_RATED.
alter table plan add column achievement_convention text not null default 'PROGRESS';

-- Each table layout imported into a plan, identified by its header as written, with the free-text sections
-- (有識者からの評価, ヒアリング要旨, ...) pasted with it. The export gives every table back in its own layout.
create table plan_table (
    id             uuid primary key,
    plan_code      text        not null references plan (code),
    position       integer     not null,
    header         text[]      not null,
    section_titles text[]      not null default '{}',
    section_texts  text[]      not null default '{}',
    imported_at    timestamptz not null,
    imported_by    text        not null,
    unique (plan_code, header)
);

-- An indicator is no longer one per name: the same name may stand on several rows (under two goals, or repeated),
-- told apart by its SDG references and, failing those, by which repetition it is.
alter table plan_indicator drop constraint plan_indicator_pkey;
alter table plan_indicator
    add column sdg_key           text    not null default '',
    add column occurrence        integer not null default 1,
    add column sheet_row         integer,
    add column table_id          uuid references plan_table (id),
    add column stated_direction  text,
    add column cells             text[]  not null default '{}',
    add column narrative_columns text[]  not null default '{}',
    add column narrative_headers text[]  not null default '{}',
    add column narrative_texts   text[]  not null default '{}';
update plan_indicator set sdg_key = array_to_string(sdg_refs, ','), sheet_row = position;
alter table plan_indicator add primary key (id);
alter table plan_indicator add constraint plan_indicator_identity unique (plan_code, name, sdg_key, occurrence);
