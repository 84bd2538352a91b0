-- 9.1 c: a manual metric is measured once per period. The request for a period is a row of its own, unique per
-- metric and period, written with the message that starts its measurement process: several app instances scanning
-- at once start one measurement, and a period never measured stays visible as an open request.
create table measurement_request (
    id          bigint auto_increment primary key,
    metric      bigint      not null,
    period      varchar(16) not null,
    due_at      datetime(6) not null,
    status      varchar(16) not null,
    version     bigint      not null,
    constraint measurement_request_once unique (metric, period),
    constraint measurement_request_metric foreign key (metric) references metric (id)
);

-- 9.1 e: who evaluated a result off target, what they decided, and what it led to (a nonconformity, an improvement).
alter table measurement add column evaluated_by varchar(100);
alter table measurement add column evaluated_at datetime(6);
alter table measurement add column evaluation_note varchar(2000);
alter table measurement add column follow_up varchar(120);

-- A manual metric gets its key from its id, after the insert.
alter table metric modify metric_key varchar(60) null;
