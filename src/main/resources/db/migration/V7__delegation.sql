-- One delegation model for the whole app: a person names a delegate for a period (holidays); the delegate may claim
-- and complete the tasks assigned to that person while it lasts. Never deleted: revoked.
create table delegation (
    id          bigint auto_increment primary key,
    delegator   varchar(100) not null,
    delegate    varchar(100) not null,
    starts_on   date         not null,
    ends_on     date         not null,
    created_at  datetime(6)  not null,
    revoked_at  datetime(6),
    version     bigint       not null
);
create index delegation_delegate on delegation (delegate, starts_on, ends_on);
create index delegation_delegator on delegation (delegator);
