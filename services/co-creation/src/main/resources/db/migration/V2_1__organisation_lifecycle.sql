-- Suspension and withdrawal (issue 6): the latest change after the application's decision, with its reason.
alter table organisation add column status_reason     text;
alter table organisation add column status_changed_at timestamptz;
alter table organisation add column status_changed_by text;

-- A withdrawn organisation, like a rejected one, may apply again under the same corporate number.
drop index organisation_live_corporate_number;
create unique index organisation_live_corporate_number on organisation (corporate_number)
    where corporate_number is not null and status not in ('REJECTED', 'WITHDRAWN');
