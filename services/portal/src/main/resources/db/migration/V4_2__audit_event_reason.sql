-- The why of an event, when it states one (its "reason" field: an account deactivated, a proposal declined, ...),
-- so the audit trail shows who did what and why. Events recorded before keep null; a replay fills them.
alter table audit_event add column reason text;
