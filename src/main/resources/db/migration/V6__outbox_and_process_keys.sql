-- The outbox to the engine: Spring Modulith's event publication registry (its MySQL schema, with DATETIME so that
-- dates after 2038 fit). The table name is the registry's own, in capitals: MySQL on Linux compares names exactly.
create table EVENT_PUBLICATION (
    ID               varchar(36)   not null primary key,
    LISTENER_ID      varchar(512)  not null,
    EVENT_TYPE       varchar(512)  not null,
    SERIALIZED_EVENT varchar(4000) not null,
    PUBLICATION_DATE datetime(6)   not null,
    COMPLETION_DATE  datetime(6)
);
create index EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX on EVENT_PUBLICATION (COMPLETION_DATE);

-- One corrective-action process per nonconformity: its first worker binds the nonconformity to its instance.
alter table nonconformity add column process_instance_key bigint;
