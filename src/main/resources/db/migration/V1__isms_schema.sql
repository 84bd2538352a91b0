-- ISMS Flow schema. Runs unchanged on MySQL 8.4, MariaDB 10.11 and H2 in MySQL mode.

create table audit_trail (
    id                   bigint auto_increment primary key,
    entity_type          varchar(40)  not null,
    entity_id            varchar(40)  not null,
    action               varchar(60)  not null,
    before_state         mediumtext,
    after_state          mediumtext,
    actor                varchar(100) not null,
    job_type             varchar(80),
    job_key              bigint,
    process_instance_key bigint,
    element_id           varchar(100),
    occurred_at          datetime(6)  not null
);
create index audit_trail_entity on audit_trail (entity_type, entity_id);

-- 6.1.2 b: assessments must give comparable results, so every assessment names the matrix version it used.
create table risk_matrix (
    id          int primary key,
    appetite    varchar(16) not null,
    description varchar(500) not null,
    created_at  datetime(6) not null
);

create table risk_matrix_cell (
    risk_matrix int        not null,
    likelihood  tinyint    not null,
    impact      tinyint    not null,
    level       varchar(16) not null,
    primary key (risk_matrix, likelihood, impact),
    constraint risk_matrix_cell_matrix foreign key (risk_matrix) references risk_matrix (id)
);

create table risk (
    id                   bigint auto_increment primary key,
    code                 varchar(16),
    title                varchar(200)  not null,
    description          varchar(4000),
    asset                varchar(200)  not null,
    threat               varchar(1000) not null,
    vulnerability        varchar(1000) not null,
    confidentiality      boolean       not null,
    integrity            boolean       not null,
    availability         boolean       not null,
    owner                varchar(100)  not null,
    likelihood           tinyint       not null,
    impact               tinyint       not null,
    level                varchar(16)   not null,
    treatment            varchar(16)   not null,
    treatment_plan       varchar(4000),
    residual_likelihood  tinyint       not null,
    residual_impact      tinyint       not null,
    residual_level       varchar(16)   not null,
    acceptance           varchar(24)   not null,
    residual_accepted_by varchar(100),
    residual_accepted_at datetime(6),
    residual_acceptance_reason varchar(2000),
    matrix_version       int           not null,
    status               varchar(16)   not null,
    last_reviewed_at     datetime(6),
    next_review_due      date          not null,
    version              bigint        not null,
    constraint risk_code unique (code),
    constraint risk_matrix_version foreign key (matrix_version) references risk_matrix (id)
);
create index risk_next_review_due on risk (next_review_due);

-- One row per completed reassessment; the job key makes a redelivered job a no-op.
create table risk_assessment (
    id                   bigint auto_increment primary key,
    risk_id              bigint       not null,
    job_key              bigint       not null,
    process_instance_key bigint       not null,
    likelihood           tinyint      not null,
    impact               tinyint      not null,
    level                varchar(16)  not null,
    treatment            varchar(16)  not null,
    residual_likelihood  tinyint      not null,
    residual_impact      tinyint      not null,
    residual_level       varchar(16)  not null,
    matrix_version       int          not null,
    notes                varchar(4000),
    assessed_by          varchar(100) not null,
    assessed_at          datetime(6)  not null,
    constraint risk_assessment_job unique (job_key),
    constraint risk_assessment_risk foreign key (risk_id) references risk (id)
);

-- The Statement of Applicability: one row per Annex A control and per control of the organisation's own.
create table control (
    id                      varchar(16)  not null primary key,
    title                   varchar(300) not null,
    theme                   varchar(16)  not null,
    source                  varchar(16)  not null,
    applicable              boolean,
    inclusion_justification varchar(2000),
    exclusion_justification varchar(2000),
    implementation_status   varchar(16)  not null,
    owner                   varchar(100),
    last_verified_at        date,
    version                 bigint       not null
);

create table control_inclusion_reason (
    control varchar(16) not null,
    reason  varchar(16) not null,
    primary key (control, reason),
    constraint control_inclusion_reason_control foreign key (control) references control (id)
);

create table control_evidence (
    control     varchar(16)  not null,
    control_key int          not null,
    reference   varchar(500) not null,
    primary key (control, control_key),
    constraint control_evidence_control foreign key (control) references control (id)
);

create table risk_control (
    control varchar(16) not null,
    risk_id bigint      not null,
    primary key (control, risk_id),
    constraint risk_control_control foreign key (control) references control (id),
    constraint risk_control_risk foreign key (risk_id) references risk (id)
);

create table reminder (
    id                   bigint auto_increment primary key,
    job_key              bigint       not null,
    process_instance_key bigint       not null,
    task                 varchar(200) not null,
    subject              varchar(300) not null,
    recipients           varchar(500) not null,
    due_at               datetime(6),
    sent_at              datetime(6)  not null,
    constraint reminder_job unique (job_key)
);
