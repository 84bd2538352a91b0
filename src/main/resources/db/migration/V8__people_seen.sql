-- People who signed in through OpenID Connect without being listed in isms.users: once seen, records may name them.
create table person (
    username      varchar(100) primary key,
    name          varchar(200),
    email         varchar(200),
    first_seen_at datetime(6) not null,
    last_seen_at  datetime(6) not null
);
