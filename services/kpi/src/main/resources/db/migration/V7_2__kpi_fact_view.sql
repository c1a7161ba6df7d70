-- Every fact of every programme in one shape, for the drill-down from any figure to the events behind it.
-- Each programme keeps its own table (written by its handlers); this view only reads them.
create view kpi_fact as
select fact_id, event_id, metric, dimension, fiscal_year, occurred_at, aggregate_id, event_type
from partnership_fact
union all
select fact_id, event_id, metric, dimension, fiscal_year, occurred_at, aggregate_id, event_type
from citylab_fact
union all
select fact_id, event_id, metric, dimension, fiscal_year, occurred_at, aggregate_id,
       case metric
           when 'FUND_PLEDGED' then 'jp.kyoso.fund.contribution.pledged.v1'
           when 'FUND_RECEIVED' then 'jp.kyoso.fund.contribution.received.v1'
           when 'FUND_APPLICATIONS' then 'jp.kyoso.fund.application.submitted.v1'
           when 'FUND_AWARDS' then 'jp.kyoso.fund.application.awarded.v1'
           when 'FUND_PAID' then 'jp.kyoso.fund.grant.disbursed.v1'
       end
from fund_fact
union all
select 'meeting/' || meeting_id, event_id, 'MEETINGS', kind, fiscal_year, held_on::timestamp at time zone 'Asia/Tokyo',
       meeting_id, 'jp.kyoso.cocreation.meeting.held.v1'
from meeting_fact
union all
select event_id, event_id, 'DECLARATIONS_' || kind, kind, fiscal_year, occurred_at, declaration_id,
       case kind
           when 'REGISTERED' then 'jp.kyoso.declarations.declaration.registered.v1'
           when 'REACTIVATED' then 'jp.kyoso.declarations.declaration.reported.v1'
           when 'RENEWED' then 'jp.kyoso.declarations.declaration.renewed.v1'
           when 'LAPSED' then 'jp.kyoso.declarations.declaration.lapsed.v1'
           when 'REVOKED' then 'jp.kyoso.declarations.declaration.revoked.v1'
       end
from declaration_status_change
union all
select event_id, event_id, 'DECLARATION_REPORTS', case when on_time then 'ON_TIME' else 'LATE' end,
       report_fiscal_year, filed_at, declaration_id, 'jp.kyoso.declarations.declaration.reported.v1'
from declaration_report;
