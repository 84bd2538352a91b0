-- The audit-period evidence packs exported (each one's hash is also in the audit trail), and the large ones built in
-- the background until they are downloaded.
create table evidence_pack (
    id           bigint auto_increment primary key,
    period_from  date          not null,
    period_to    date          not null,
    zone         varchar(60)   not null,
    requested_by varchar(100)  not null,
    requested_at datetime(6)   not null,
    delivery     varchar(16)   not null,
    status       varchar(16)   not null,
    sha256       char(64),
    size_bytes   bigint,
    files        int,
    finished_at  datetime(6),
    failure      varchar(1000)
);
create index evidence_pack_requested on evidence_pack (requested_at);

-- A period's trail extract and the packs' size estimate read the trail by time.
create index audit_trail_occurred on audit_trail (occurred_at);
