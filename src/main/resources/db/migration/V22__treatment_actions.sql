-- 6.1.3 e, 8.3: the risk treatment plan as actions: what, the control it implements, owner, resources, due date,
-- status and evidence. Planned on the risk's page; a review that decides to modify the risk starts their
-- implementation (the risk-treatment process), each as its owner's task.
create table treatment_action (
    id                   bigint auto_increment primary key,
    risk                 bigint        not null,
    title                varchar(300)  not null,
    control_id           varchar(16),
    owner                varchar(100)  not null,
    resources            varchar(1000),
    due_date             date          not null,
    status               varchar(16)   not null,
    evidence             varchar(1000),
    done_by              varchar(100),
    done_at              datetime(6),
    process_instance_key bigint,
    planned_by           varchar(100)  not null,
    planned_at           datetime(6)   not null,
    version              bigint        not null,
    constraint treatment_action_risk foreign key (risk) references risk (id)
);
create index treatment_action_of_risk on treatment_action (risk, status);
