-- Which organisation each fact is about (the proposer, the applicant, the contributor, the approved member, the
-- declarant), so an organisation's story from issue to grant and KPI can be told and drilled down. Null where the
-- event names none (a published challenge, a meeting, an anonymous donation). Rows recorded before this migration
-- stay null until the next rebuild (POST /api/kpi/rebuild), which replays every event through the handlers that now
-- fill it.
alter table partnership_fact add column organisation_id text;
alter table citylab_fact add column organisation_id text;
alter table fund_fact add column organisation_id text;

create index partnership_fact_organisation on partnership_fact (organisation_id, occurred_at);
create index citylab_fact_organisation on citylab_fact (organisation_id, occurred_at);
create index fund_fact_organisation on fund_fact (organisation_id, occurred_at);
-- A completed project names no organisation; it takes its start's (same project, same table).
create index citylab_fact_aggregate on citylab_fact (aggregate_id, metric);

-- Declarations name their organisation once, on registration: status changes and reports take it from there.
drop view kpi_fact;
create view kpi_fact as
select fact_id, event_id, metric, dimension, fiscal_year, occurred_at, aggregate_id, event_type, organisation_id
from partnership_fact
union all
select fact_id, event_id, metric, dimension, fiscal_year, occurred_at, aggregate_id, event_type, organisation_id
from citylab_fact
union all
select fact_id, event_id, metric, dimension, fiscal_year, occurred_at, aggregate_id,
       case metric
           when 'FUND_PLEDGED' then 'jp.kyoso.fund.contribution.pledged.v1'
           when 'FUND_RECEIVED' then 'jp.kyoso.fund.contribution.received.v1'
           when 'FUND_APPLICATIONS' then 'jp.kyoso.fund.application.submitted.v1'
           when 'FUND_AWARDS' then 'jp.kyoso.fund.application.awarded.v1'
           when 'FUND_PAID' then 'jp.kyoso.fund.grant.disbursed.v1'
       end,
       organisation_id
from fund_fact
union all
select 'meeting/' || meeting_id, event_id, 'MEETINGS', kind, fiscal_year, held_on::timestamp at time zone 'Asia/Tokyo',
       meeting_id, 'jp.kyoso.cocreation.meeting.held.v1', null::text
from meeting_fact
union all
select c.event_id, c.event_id, 'DECLARATIONS_' || c.kind, c.kind, c.fiscal_year, c.occurred_at, c.declaration_id,
       case c.kind
           when 'REGISTERED' then 'jp.kyoso.declarations.declaration.registered.v1'
           when 'REACTIVATED' then 'jp.kyoso.declarations.declaration.reported.v1'
           when 'RENEWED' then 'jp.kyoso.declarations.declaration.renewed.v1'
           when 'LAPSED' then 'jp.kyoso.declarations.declaration.lapsed.v1'
           when 'REVOKED' then 'jp.kyoso.declarations.declaration.revoked.v1'
       end,
       d.organisation_id
from declaration_status_change c left join declaration_declarant d on d.declaration_id = c.declaration_id
union all
select r.event_id, r.event_id, 'DECLARATION_REPORTS', case when r.on_time then 'ON_TIME' else 'LATE' end,
       r.report_fiscal_year, r.filed_at, r.declaration_id, 'jp.kyoso.declarations.declaration.reported.v1',
       d.organisation_id
from declaration_report r left join declaration_declarant d on d.declaration_id = r.declaration_id;
