-- 5.3: the ISMS roles with their responsibilities and authorities, and the people holding each. A role may name the
-- sign-in group whose process tasks it performs, so its page lists those tasks straight from the BPMN models.
create table isms_role (
    id               bigint auto_increment primary key,
    code             varchar(16),
    name             varchar(120)  not null,
    task_group       varchar(60),
    responsibilities varchar(4000) not null,
    authorities      varchar(4000),
    status           varchar(16)   not null,
    version          bigint        not null,
    constraint isms_role_code unique (code),
    constraint isms_role_name unique (name)
);

create table role_holder (
    isms_role bigint       not null,
    position  int          not null,
    person    varchar(100) not null,
    primary key (isms_role, position),
    constraint role_holder_role foreign key (isms_role) references isms_role (id)
);
