-- 4.2: the interested parties relevant to the ISMS, their relevant requirements, and for each whether the ISMS
-- addresses it (how) or not (why not). Climate-related requirements are flagged (4.2, note 2 of the 2024 amendment).
create table interested_party (
    id          bigint auto_increment primary key,
    code        varchar(16),
    name        varchar(200)  not null,
    kind        varchar(24)   not null,
    description varchar(2000),
    status      varchar(16)   not null,
    version     bigint        not null,
    constraint interested_party_code unique (code)
);

create table party_requirement (
    interested_party bigint        not null,
    position         int           not null,
    requirement      varchar(1000) not null,
    source           varchar(300),
    addressed        boolean       not null,
    how              varchar(1000),
    why_not          varchar(1000),
    climate_related  boolean       not null,
    primary key (interested_party, position),
    constraint party_requirement_party foreign key (interested_party) references interested_party (id)
);
