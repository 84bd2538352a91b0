-- 6.2: information security objectives, measurable through the metrics they name, with their plan (what, resources,
-- who, when) and an owner; their fulfilment is evaluated from those metrics every day and kept as history.
create table objective (
    id          bigint auto_increment primary key,
    code        varchar(16),
    title       varchar(200)  not null,
    description varchar(2000),
    plan        varchar(2000) not null,
    resources   varchar(1000),
    owner       varchar(100)  not null,
    due_on      date          not null,
    version     bigint        not null,
    constraint objective_code unique (code)
);

create table objective_metric (
    objective bigint not null,
    metric    bigint not null,
    primary key (objective, metric),
    constraint objective_metric_objective foreign key (objective) references objective (id),
    constraint objective_metric_metric foreign key (metric) references metric (id)
);

create table objective_fulfilment (
    objective   bigint      not null,
    day         date        not null,
    fulfilment  varchar(16) not null,
    primary key (objective, day),
    constraint objective_fulfilment_objective foreign key (objective) references objective (id)
);
