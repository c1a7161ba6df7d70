-- The City Lab collaboration project a fund application continues (optional), so an organisation's story runs
-- issue → challenge → proposal → project → grant. Kept beside grant_application so the application's own row and
-- its many writers stay as they are.
create table application_continuation (
    application_id uuid primary key references grant_application (id),
    project_id     uuid not null
);
