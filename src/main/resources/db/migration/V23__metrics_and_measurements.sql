-- 9.1: what is monitored and measured, how, when and by whom (the metric), and the results (measurements). Automatic
-- metrics are computed by ISMS Flow from its own records and sampled once a day: one row per metric and period.
create table metric (
    id           bigint auto_increment primary key,
    metric_key   varchar(60)   not null,
    name         varchar(200)  not null,
    measures     varchar(300)  not null,
    method       varchar(1000) not null,
    unit         varchar(30)   not null,
    direction    varchar(24)   not null,
    target       decimal(12,2) not null,
    warning      decimal(12,2) not null,
    frequency    varchar(16)   not null,
    kind         varchar(16)   not null,
    measured_by  varchar(100)  not null,
    evaluated_by varchar(100)  not null,
    version      bigint        not null,
    constraint metric_key unique (metric_key)
);

create table measurement (
    id          bigint auto_increment primary key,
    metric      bigint        not null,
    period      varchar(16)   not null,
    value       decimal(12,2) not null,
    evaluation  varchar(16)   not null,
    measured_by varchar(100)  not null,
    measured_at datetime(6)   not null,
    comment     varchar(2000),
    constraint measurement_once_per_period unique (metric, period),
    constraint measurement_metric foreign key (metric) references metric (id)
);
