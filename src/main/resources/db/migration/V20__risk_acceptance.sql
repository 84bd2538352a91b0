-- 6.1.3 f: every acceptance of a residual risk, as history: the risk owner accepts explicitly; where the criteria
-- (or the appetite) name a higher authority for the level, that authority co-approves. The risk's state at decision
-- time and the criteria version are kept; an acceptance expires at the next review and is superseded, never changed.
create table risk_acceptance (
    id                   bigint auto_increment primary key,
    risk                 bigint        not null,
    residual_likelihood  tinyint       not null,
    residual_impact      tinyint       not null,
    residual_level       varchar(16)   not null,
    criteria_version     int           not null,
    authority            varchar(24)   not null,
    state                varchar(24)   not null,
    owner                varchar(100)  not null,
    owner_accepted_at    datetime(6)   not null,
    co_approved_by       varchar(100),
    co_approved_at       datetime(6),
    reason               varchar(2000),
    expires_on           date,
    process_instance_key bigint,
    job_key              bigint,
    constraint risk_acceptance_job unique (job_key),
    constraint risk_acceptance_risk foreign key (risk) references risk (id)
);
create index risk_acceptance_of_risk on risk_acceptance (risk, id);
