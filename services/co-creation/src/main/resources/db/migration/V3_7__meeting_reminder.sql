-- Mail (issue 17): one row per meeting whose registered people were reminded (MeetingReminderDue), so the reminder
-- is raised once however often and on however many instances the job runs.
create table meeting_reminder (
    meeting_id uuid        primary key references meeting (id),
    raised_at  timestamptz not null
);
