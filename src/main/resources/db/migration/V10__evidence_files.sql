-- 7.5.3: documented information stays available. Evidence files are never deleted: a new version supersedes one.
-- Metadata and content live apart, so lists never read the bytes and another store (S3) can take the content.
create table evidence_file (
    id             bigint auto_increment primary key,
    owner_type     varchar(40)  not null,
    owner_id       varchar(60)  not null,
    filename       varchar(255) not null,
    content_type   varchar(120) not null,
    size_bytes     bigint       not null,
    sha256         char(64)     not null,
    storage_key    varchar(100) not null,
    uploaded_by    varchar(100) not null,
    uploaded_at    datetime(6)  not null,
    supersedes     bigint,
    superseded_by  bigint,
    superseded_at  datetime(6),
    version        bigint       not null,
    constraint evidence_file_supersedes foreign key (supersedes) references evidence_file (id),
    constraint evidence_file_superseded_once unique (supersedes)
);
create index evidence_file_owner on evidence_file (owner_type, owner_id);

create table evidence_content (
    storage_key varchar(100) primary key,
    content     longblob     not null
);
