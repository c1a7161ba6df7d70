-- Mail (issue 17): one row per declaration and fiscal year whose report-due reminder (DeclarationReportDue) was
-- raised, so the sweep raises it once however often it runs.
create table report_due_reminder (
    declaration_id     uuid        not null,
    report_fiscal_year integer     not null,
    raised_at          timestamptz not null,
    primary key (declaration_id, report_fiscal_year)
);
