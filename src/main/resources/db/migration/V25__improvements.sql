-- 10.1, 9.3.2 g: opportunities for improvement, wherever they come from, and what was decided on each, by whom.
create table improvement (
    id               bigint auto_increment primary key,
    code             varchar(16),
    source           varchar(24)   not null,
    source_reference varchar(120),
    description      varchar(4000) not null,
    proposed_by      varchar(100)  not null,
    proposed_at      datetime(6)   not null,
    status           varchar(16)   not null,
    decision_reason  varchar(2000),
    decided_by       varchar(100),
    decided_at       datetime(6),
    linked_reference varchar(120),
    version          bigint        not null,
    constraint improvement_code unique (code)
);
