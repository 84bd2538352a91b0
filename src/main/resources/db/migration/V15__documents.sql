-- 5.2, 7.5: the policies and procedures register. A document keeps every version (7.5.3: a retired or superseded
-- version stays readable); its text is an evidence file or an external link. Each review round of the
-- document-review process is a row of its own: who reviewed, what they decided, who approved or rejected and why.
create table document (
    id              bigint auto_increment primary key,
    code            varchar(16),
    title           varchar(200) not null,
    type            varchar(40)  not null,
    owner           varchar(100) not null,
    classification  varchar(24)  not null,
    status          varchar(16)  not null,
    current_version int,
    approved_by     varchar(100),
    approved_at     datetime(6),
    next_review_on  date,
    version         bigint       not null,
    constraint document_code unique (code)
);
create index document_next_review on document (status, next_review_on);

create table document_version (
    document       bigint        not null,
    position       int           not null,
    number         int           not null,
    status         varchar(16)   not null,
    change_summary varchar(2000) not null,
    file_id        bigint,
    link           varchar(500),
    author         varchar(100)  not null,
    created_at     datetime(6)   not null,
    approved_by    varchar(100),
    approved_at    datetime(6),
    primary key (document, position),
    constraint document_version_number unique (document, number),
    constraint document_version_document foreign key (document) references document (id)
);

-- The Annex A controls a document implements (control 5.1 shows the policy set) and the roles it is published to.
create table document_control (
    document   bigint      not null,
    control_id varchar(16) not null,
    primary key (document, control_id),
    constraint document_control_document foreign key (document) references document (id)
);

create table document_audience (
    document  bigint not null,
    isms_role bigint not null,
    primary key (document, isms_role),
    constraint document_audience_document foreign key (document) references document (id),
    constraint document_audience_role foreign key (isms_role) references isms_role (id)
);

create table document_review (
    id                   bigint auto_increment primary key,
    document             bigint        not null,
    process_instance_key bigint        not null,
    round                int           not null,
    outcome              varchar(16)   not null,
    version_number       int           not null,
    note                 varchar(2000),
    reviewed_by          varchar(100)  not null,
    reviewed_at          datetime(6)   not null,
    decision             varchar(16),
    decision_note        varchar(2000),
    decided_by           varchar(100),
    decided_at           datetime(6),
    version              bigint        not null,
    constraint document_review_round unique (process_instance_key, round),
    constraint document_review_document foreign key (document) references document (id)
);
