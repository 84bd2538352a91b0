-- 4.1: the internal and external issues relevant to the ISMS's purpose, and the climate-change decision (4.1 as
-- amended in 2024): dated, re-confirmed at each management review; its absence is a gap.
create table context_issue (
    id          bigint auto_increment primary key,
    code        varchar(16),
    title       varchar(200)  not null,
    origin      varchar(16)   not null,
    category    varchar(24)   not null,
    effect      varchar(4000) not null,
    owner       varchar(100)  not null,
    status      varchar(16)   not null,
    review_due  date          not null,
    version     bigint        not null,
    constraint context_issue_code unique (code)
);

create table climate_decision (
    id          bigint auto_increment primary key,
    relevant    boolean       not null,
    rationale   varchar(4000) not null,
    decided_by  varchar(100)  not null,
    decided_on  date          not null,
    recorded_at datetime(6)   not null
);
