-- 8.2: every risk review records why it started (scheduled, on request, a change, an incident, a nonconformity,
-- an audit finding, a residual changed outside a review) and the record that started it.
alter table risk_assessment add column review_trigger varchar(24);
alter table risk_assessment add column trigger_reference varchar(60);

-- 8.2: a significant change (or an incident, a nonconformity, an audit finding) names the risks it affects, and
-- their reviews start when it is recorded.
create table change_record (
    id               bigint auto_increment primary key,
    code             varchar(16),
    title            varchar(200)  not null,
    description      varchar(4000),
    kind             varchar(24)   not null,
    source_reference varchar(60),
    takes_effect_on  date          not null,
    affected_assets  varchar(1000),
    recorded_by      varchar(100)  not null,
    recorded_at      datetime(6)   not null,
    constraint change_record_code unique (code)
);

create table change_record_risk (
    change_record bigint not null,
    risk_id       bigint not null,
    primary key (change_record, risk_id),
    constraint change_record_risk_change foreign key (change_record) references change_record (id),
    constraint change_record_risk_risk foreign key (risk_id) references risk (id)
);

create table change_record_control (
    change_record bigint      not null,
    control_id    varchar(16) not null,
    primary key (change_record, control_id),
    constraint change_record_control_change foreign key (change_record) references change_record (id)
);
