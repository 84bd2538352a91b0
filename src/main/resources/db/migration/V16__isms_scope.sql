-- 4.3: the ISMS scope as versioned documented information. A version is drafted, approved by top management and
-- then in force until the next one is approved; earlier versions stay readable. One draft at a time: open_draft is 1
-- while a version is being drafted or awaits approval, null otherwise, and unique.
create table isms_scope (
    id            bigint auto_increment primary key,
    number        int           not null,
    statement     varchar(4000) not null,
    boundaries    varchar(4000) not null,
    interfaces    varchar(4000),
    status        varchar(24)   not null,
    open_draft    tinyint,
    drafted_by    varchar(100)  not null,
    drafted_at    datetime(6)   not null,
    decided_by    varchar(100),
    decided_at    datetime(6),
    decision_note varchar(2000),
    version       bigint        not null,
    constraint isms_scope_number unique (number),
    constraint isms_scope_one_open_draft unique (open_draft)
);

create table scope_exclusion (
    isms_scope bigint        not null,
    position   int           not null,
    exclusion  varchar(1000) not null,
    reason     varchar(2000) not null,
    primary key (isms_scope, position),
    constraint scope_exclusion_scope foreign key (isms_scope) references isms_scope (id)
);
