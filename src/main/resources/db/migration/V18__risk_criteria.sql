-- 6.1.2 a: the risk matrix becomes the risk criteria, versioned and approved by top management: scales with a name
-- and a description for every score, the level of every cell, the appetite, and per level who accepts a residual
-- risk and how often it is reviewed. A new version is a proposal until approved; assessments keep the version used.
alter table risk_matrix add column status varchar(24) not null default 'APPROVED';
alter table risk_matrix alter column status drop default;
alter table risk_matrix add column open_proposal tinyint;
alter table risk_matrix add column proposed_by varchar(100) not null default 'isms-flow (default criteria)';
alter table risk_matrix alter column proposed_by drop default;
alter table risk_matrix add column decided_by varchar(100);
alter table risk_matrix add column decided_at datetime(6);
alter table risk_matrix add column decision_note varchar(2000);
alter table risk_matrix add constraint risk_matrix_one_open_proposal unique (open_proposal);
update risk_matrix set decided_by = 'isms-flow (default criteria)', decided_at = created_at;

create table risk_scale_point (
    risk_matrix int          not null,
    axis        varchar(16)  not null,
    score       tinyint      not null,
    name        varchar(60)  not null,
    description varchar(500) not null,
    primary key (risk_matrix, axis, score),
    constraint risk_scale_point_matrix foreign key (risk_matrix) references risk_matrix (id)
);

create table risk_level_rule (
    risk_matrix          int         not null,
    level                varchar(16) not null,
    acceptance_authority varchar(24) not null,
    review_interval      varchar(16) not null,
    primary key (risk_matrix, level),
    constraint risk_level_rule_matrix foreign key (risk_matrix) references risk_matrix (id)
);

insert into risk_scale_point (risk_matrix, axis, score, name, description) values
    (1, 'LIKELIHOOD', 1, 'Rare', 'Not expected in the next 10 years; no known occurrence in the sector'),
    (1, 'LIKELIHOOD', 2, 'Unlikely', 'Could occur once in 5 to 10 years; has happened elsewhere in the sector'),
    (1, 'LIKELIHOOD', 3, 'Possible', 'Could occur once in 1 to 5 years; has happened to us or a close peer'),
    (1, 'LIKELIHOOD', 4, 'Likely', 'Expected about once a year; attempts are seen regularly'),
    (1, 'LIKELIHOOD', 5, 'Almost certain', 'Expected several times a year, or happening now'),
    (1, 'IMPACT', 1, 'Negligible', 'Loss under EUR 10k; no legal consequence; not noticed outside'),
    (1, 'IMPACT', 2, 'Minor', 'Loss up to EUR 100k; a contract clause breached; a few customers affected'),
    (1, 'IMPACT', 3, 'Moderate', 'Loss up to EUR 1M; a notifiable personal data breach; local press'),
    (1, 'IMPACT', 4, 'Major', 'Loss up to EUR 5M; regulator investigation; key customers lost; national press'),
    (1, 'IMPACT', 5, 'Severe', 'Loss over EUR 5M or the business stops; fines, licence at risk; lasting reputational damage');

insert into risk_level_rule (risk_matrix, level, acceptance_authority, review_interval) values
    (1, 'LOW', 'RISK_OWNER', 'P24M'),
    (1, 'MEDIUM', 'RISK_OWNER', 'P12M'),
    (1, 'HIGH', 'ISMS_MANAGER', 'P6M'),
    (1, 'CRITICAL', 'TOP_MANAGEMENT', 'P3M');
