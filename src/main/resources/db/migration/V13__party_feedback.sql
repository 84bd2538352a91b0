-- 9.3.2 e: feedback from interested parties, for the management review: what they said, how the organisation
-- answered, and the nonconformity it led to, if any.
create table party_feedback (
    id              bigint auto_increment primary key,
    party           bigint        not null,
    received_on     date          not null,
    channel         varchar(16)   not null,
    summary         varchar(2000) not null,
    response        varchar(2000),
    nonconformity   varchar(16),
    recorded_by     varchar(100)  not null,
    recorded_at     datetime(6)   not null,
    constraint party_feedback_party foreign key (party) references interested_party (id)
);
create index party_feedback_received on party_feedback (party, received_on);
