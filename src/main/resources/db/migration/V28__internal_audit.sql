-- 9.2: the internal audit. The audit universe (what can be audited, by whom it is owned, how much it matters), the
-- programme of a cycle (9.2.2), its audits with their team, criteria, checklist and findings, and the frozen reports.

create table audit_area (
    id          bigint auto_increment primary key,
    name        varchar(200)  not null,
    description varchar(1000) not null,
    -- The auditee owner; not named for the defaults a new installation starts with.
    owner       varchar(100),
    importance  tinyint       not null,
    retired     boolean       not null default false,
    version     bigint        not null,
    constraint audit_area_name unique (name)
);

-- The ISO/IEC 27001:2022 clauses ("9.2") and Annex A controls ("A.5.15") an area covers.
create table audit_area_requirement (
    area        bigint      not null,
    requirement varchar(16) not null,
    primary key (area, requirement),
    constraint audit_area_requirement_area foreign key (area) references audit_area (id)
);

create table audit_programme (
    id                   bigint auto_increment primary key,
    cycle                int           not null,
    objectives           varchar(2000) not null,
    scope                varchar(2000) not null,
    methods              varchar(2000) not null,
    responsibilities     varchar(2000) not null,
    reporting            varchar(1000) not null,
    coverage_years       int           not null,
    planning_notes       text,
    status               varchar(16)   not null,
    requested_by         varchar(100)  not null,
    requested_at         datetime(6)   not null,
    approved_by          varchar(100),
    approved_at          datetime(6),
    approval_note        varchar(2000),
    report_document      bigint,
    acknowledged_by      varchar(100),
    acknowledged_at      datetime(6),
    version              bigint        not null,
    -- One programme per cycle (DESIGN, "Rules that hold everywhere"): the row and the message that starts its
    -- process commit together.
    constraint audit_programme_cycle unique (cycle)
);

create table audit (
    id                   bigint auto_increment primary key,
    programme            bigint        not null,
    code                 varchar(20)   not null,
    area                 bigint        not null,
    score                int           not null,
    reasons              varchar(2000) not null,
    window_start         date          not null,
    window_end           date          not null,
    state                varchar(16)   not null,
    lead_auditor         varchar(100),
    scope                varchar(2000),
    methods              varchar(200),
    sample_size          int,
    planned_start        date,
    planned_end          date,
    independence_problem varchar(2000),
    conformity_statement varchar(2000),
    report_summary       text,
    report_conclusion    text,
    report_rework_reason varchar(2000),
    report_approved_by   varchar(100),
    report_document      bigint,
    reported_at          datetime(6),
    results_reported_at  datetime(6),
    acknowledged_by      varchar(100),
    acknowledged_at      datetime(6),
    closed_at            datetime(6),
    change_reason        varchar(1000),
    version              bigint        not null,
    constraint audit_code unique (code),
    constraint audit_programme_of foreign key (programme) references audit_programme (id),
    constraint audit_area_of foreign key (area) references audit_area (id)
);
create index audit_by_area on audit (area, state);

create table audit_team_member (
    audit     bigint       not null,
    audit_key int          not null,
    member    varchar(100) not null,
    primary key (audit, audit_key),
    constraint audit_team_member_audit foreign key (audit) references audit (id)
);

create table audit_auditee (
    audit     bigint       not null,
    audit_key int          not null,
    person    varchar(100) not null,
    primary key (audit, audit_key),
    constraint audit_auditee_audit foreign key (audit) references audit (id)
);

-- The criteria: clauses, Annex A controls and the organisation's own documents (POL-001) audited against.
create table audit_criterion (
    audit       bigint      not null,
    audit_key   int         not null,
    requirement varchar(20) not null,
    primary key (audit, audit_key),
    constraint audit_criterion_audit foreign key (audit) references audit (id)
);

create table audit_checklist_row (
    audit              bigint        not null,
    audit_key          int           not null,
    requirement        varchar(20)   not null,
    title              varchar(300)  not null,
    result             varchar(32),
    evidence_seen      varchar(4000),
    sample             varchar(500),
    notes              varchar(4000),
    not_audited_reason varchar(1000),
    primary key (audit, audit_key),
    constraint audit_checklist_row_audit foreign key (audit) references audit (id)
);

create table audit_finding (
    audit          bigint        not null,
    audit_key      int           not null,
    number         int           not null,
    type           varchar(32)   not null,
    requirement    varchar(20)   not null,
    description    varchar(4000) not null,
    evidence       varchar(4000),
    -- What the finding led to: the nonconformity's reference (the finding's own, IA-2027-03-F2) or the improvement.
    nonconformity_reference varchar(40),
    improvement_code        varchar(20),
    primary key (audit, audit_key),
    constraint audit_finding_number unique (audit, number),
    constraint audit_finding_audit foreign key (audit) references audit (id)
);

-- The SoA's "last audited" per control: one row per control and audit, written once, so audits never rewrite (and
-- never contend for) the control aggregate.
create table control_audit (
    control    varchar(16) not null,
    audit_code varchar(20) not null,
    audited_on date        not null,
    result     varchar(32) not null,
    primary key (control, audit_code),
    constraint control_audit_control foreign key (control) references control (id)
);
create index control_audit_latest on control_audit (control, audited_on);
