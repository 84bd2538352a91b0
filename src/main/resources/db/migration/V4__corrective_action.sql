-- ISO/IEC 27001:2022 10.2: nonconformities, their analysis, corrective actions and effectiveness reviews.

create table nonconformity (
    id                bigint auto_increment primary key,
    code              varchar(16),
    reference         varchar(120)  not null,
    source            varchar(24)   not null,
    source_reference  varchar(120),
    title             varchar(200)  not null,
    description       varchar(4000) not null,
    area              varchar(200),
    severity          varchar(8)    not null,
    owner             varchar(100)  not null,
    state             varchar(24)   not null,
    raised_by         varchar(100)  not null,
    raised_at         datetime(6)   not null,
    containment       varchar(4000),
    consequences      varchar(4000),
    contained_by      varchar(100),
    contained_at      datetime(6),
    closure_report    mediumtext,
    closed_at         datetime(6),
    version           bigint        not null,
    constraint nonconformity_code unique (code),
    constraint nonconformity_reference unique (reference)
);

create table nonconformity_control (
    nonconformity bigint      not null,
    control_id    varchar(16) not null,
    primary key (nonconformity, control_id),
    constraint nonconformity_control_nc foreign key (nonconformity) references nonconformity (id),
    constraint nonconformity_control_control foreign key (control_id) references control (id)
);

create table nonconformity_risk (
    nonconformity bigint not null,
    risk_id       bigint not null,
    primary key (nonconformity, risk_id),
    constraint nonconformity_risk_nc foreign key (nonconformity) references nonconformity (id),
    constraint nonconformity_risk_risk foreign key (risk_id) references risk (id)
);

-- 10.2 b3: earlier nonconformities the analyst confirmed as similar.
create table nonconformity_link (
    nonconformity    bigint not null,
    similar_id       bigint not null,
    primary key (nonconformity, similar_id),
    constraint nonconformity_link_nc foreign key (nonconformity) references nonconformity (id),
    constraint nonconformity_link_similar foreign key (similar_id) references nonconformity (id)
);

create table root_cause_analysis (
    nonconformity bigint        not null,
    round         int           not null,
    method        varchar(16)   not null,
    causes        varchar(4000) not null,
    analysed_by   varchar(100)  not null,
    analysed_at   datetime(6)   not null,
    primary key (nonconformity, round),
    constraint root_cause_analysis_nc foreign key (nonconformity) references nonconformity (id)
);

create table plan_review (
    nonconformity bigint        not null,
    position      int           not null,
    round         int           not null,
    approved      boolean       not null,
    reason        varchar(2000),
    reviewed_by   varchar(100)  not null,
    reviewed_at   datetime(6)   not null,
    primary key (nonconformity, position),
    constraint plan_review_nc foreign key (nonconformity) references nonconformity (id)
);

create table effectiveness_review (
    nonconformity bigint        not null,
    round         int           not null,
    effective     boolean       not null,
    reasoning     varchar(4000) not null,
    verified_by   varchar(100)  not null,
    verified_at   datetime(6)   not null,
    primary key (nonconformity, round),
    constraint effectiveness_review_nc foreign key (nonconformity) references nonconformity (id)
);

create table corrective_action (
    id               bigint auto_increment primary key,
    nonconformity_id bigint        not null,
    round            int           not null,
    plan_version     int           not null,
    position         int           not null,
    title            varchar(300)  not null,
    owner            varchar(100)  not null,
    due_date         date          not null,
    state            varchar(16)   not null,
    evidence         varchar(1000),
    notes            varchar(4000),
    implemented_by   varchar(100),
    implemented_at   datetime(6),
    version          bigint        not null,
    constraint corrective_action_position unique (nonconformity_id, round, plan_version, position),
    constraint corrective_action_nc foreign key (nonconformity_id) references nonconformity (id)
);

-- 10.2 e: the changes to the ISMS an action implies, applied to the risk register and the SoA once the action is done.
create table isms_change (
    corrective_action      bigint      not null,
    corrective_action_key  int         not null,
    kind                   varchar(24) not null,
    risk_id                bigint,
    control_id             varchar(16),
    likelihood             tinyint,
    impact                 tinyint,
    implementation_status  varchar(16),
    new_risk_title         varchar(200),
    applied_at             datetime(6),
    primary key (corrective_action, corrective_action_key),
    constraint isms_change_action foreign key (corrective_action) references corrective_action (id)
);

-- Escalations of overdue work and of repeated failure, to a group's manager or top management.
create table escalation (
    id                   bigint auto_increment primary key,
    job_key              bigint       not null,
    process_instance_key bigint       not null,
    level                varchar(24)  not null,
    recipients           varchar(500) not null,
    subject              varchar(300) not null,
    reason               varchar(2000) not null,
    raised_at            datetime(6)  not null,
    constraint escalation_job unique (job_key)
);
