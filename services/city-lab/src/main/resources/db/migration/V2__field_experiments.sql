create table test_field (
    id                uuid primary key,
    department_id     uuid        not null,
    name              text        not null,
    facility_type     text        not null,
    area              text        not null,
    description       text        not null,
    data_available    text,
    resident_monitors boolean     not null,
    created_at        timestamptz not null,
    created_by        text        not null
);
create index test_field_department on test_field (department_id);

create table field_experiment (
    id                     uuid primary key,
    organisation_id        uuid        not null,
    proposed_by            text        not null,
    title                  text        not null,
    hypothesis             text        not null,
    facility_type          text        not null,
    area                   text        not null,
    data_needed            text,
    resident_monitors      boolean     not null,
    period_from            date        not null,
    period_to              date        not null,
    risks_and_safety       text        not null,
    personal_data_handling text        not null,
    sdg_targets            text        not null,
    test_field_id          uuid references test_field (id),
    status                 text        not null,
    agreed_department_id   uuid,
    project_id             uuid,
    proposed_at            timestamptz not null,
    version                bigint      not null default 0
);
create index field_experiment_organisation on field_experiment (organisation_id, proposed_at desc);

create table experiment_host (
    id            uuid primary key,
    experiment_id uuid        not null references field_experiment (id),
    department_id uuid        not null,
    status        text        not null,
    reason        text,
    assigned_at   timestamptz not null,
    assigned_by   text        not null,
    answered_at   timestamptz,
    answered_by   text,
    unique (experiment_id, department_id)
);
create index experiment_host_department on experiment_host (department_id, status);
