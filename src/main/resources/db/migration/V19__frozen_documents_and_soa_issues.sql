-- Frozen documented information: rendered once (HTML, and PDF from the same HTML), both kept in the evidence
-- store with their SHA-256, never changed. One per kind and reference (an issued SoA version, later audit reports).
create table frozen_document (
    id          bigint auto_increment primary key,
    kind        varchar(40)  not null,
    reference   varchar(60)  not null,
    title       varchar(200) not null,
    html_key    varchar(100) not null,
    html_sha256 char(64)     not null,
    pdf_key     varchar(100) not null,
    pdf_sha256  char(64)     not null,
    pdf_size    bigint       not null,
    frozen_by   varchar(100) not null,
    frozen_at   datetime(6)  not null,
    constraint frozen_document_once unique (kind, reference)
);

-- 6.1.3 d: the Statement of Applicability issued in versions. A proposal snapshots every control; an ISMS manager
-- and then top management approve it (four eyes); the issued version gets its number and its frozen document.
create table soa_issue (
    id                  bigint auto_increment primary key,
    number              int,
    status              varchar(32)   not null,
    open_issue          tinyint,
    snapshot            longtext      not null,
    proposed_by         varchar(100)  not null,
    proposed_at         datetime(6)   not null,
    manager_approved_by varchar(100),
    manager_approved_at datetime(6),
    decided_by          varchar(100),
    decided_at          datetime(6),
    decision_note       varchar(2000),
    frozen_document     bigint,
    version             bigint        not null,
    constraint soa_issue_number unique (number),
    constraint soa_issue_one_open unique (open_issue),
    constraint soa_issue_frozen foreign key (frozen_document) references frozen_document (id)
);
