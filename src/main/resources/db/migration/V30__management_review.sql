-- 9.3: the management review of each period (a quarter, or an extraordinary one), its frozen input pack (9.3.2 a–g),
-- the meeting's conclusion, decisions and actions (9.3.3), and the frozen minutes.
create table management_review (
    id                  bigint auto_increment primary key,
    period              varchar(20)   not null,
    extraordinary_reason varchar(1000),
    planned_on          date          not null,
    status              varchar(16)   not null,
    requested_by        varchar(100)  not null,
    requested_at        datetime(6)   not null,
    previous_period     varchar(20),
    inputs              mediumtext,
    inputs_sha256       char(64),
    inputs_taken_at     datetime(6),
    agenda              text,
    meeting_on          date,
    prepared_by         varchar(100),
    conclusion          text,
    notes               text,
    climate_reconfirmed boolean,
    -- The actions decided in the meeting, kept as drafted until the minutes are approved (then each becomes a review_action).
    planned_actions     text,
    held_by             varchar(100),
    held_at             datetime(6),
    minutes_rework_reason varchar(2000),
    minutes_document    bigint,
    minutes_approved_by varchar(100),
    minutes_approved_at datetime(6),
    missed_at           datetime(6),
    version             bigint        not null,
    -- One review per period (DESIGN, "Rules that hold everywhere"): the row and its start message commit together.
    constraint management_review_period unique (period)
);

create table management_review_attendee (
    review     bigint       not null,
    review_key int          not null,
    person     varchar(100) not null,
    primary key (review, review_key),
    constraint management_review_attendee_review foreign key (review) references management_review (id)
);

create table management_review_decision (
    review          bigint        not null,
    review_key      int           not null,
    number          int           not null,
    type            varchar(32)   not null,
    text            varchar(4000) not null,
    needs_corrective_action boolean not null,
    risk_code       varchar(16),
    led_to          varchar(60),
    primary key (review, review_key),
    constraint management_review_decision_review foreign key (review) references management_review (id)
);

-- What the ISMS manager says about each input while preparing (commentary), and what top management notes on it in
-- the meeting (notes), keyed by the input (a, b, c, d1 … g).
create table management_review_input_text (
    review    bigint        not null,
    input_key varchar(4)    not null,
    kind      varchar(16)   not null,
    text      varchar(4000) not null,
    primary key (review, input_key, kind),
    constraint management_review_input_text_review foreign key (review) references management_review (id)
);

-- Each action of a review runs its own small process; its state is input a) of the next review.
create table review_action (
    id          bigint auto_increment primary key,
    review      bigint        not null,
    code        varchar(40)   not null,
    title       varchar(500)  not null,
    owner       varchar(100)  not null,
    due_on      date          not null,
    decision    int,
    state       varchar(16)   not null,
    evidence    varchar(2000),
    done_by     varchar(100),
    done_at     datetime(6),
    version     bigint        not null,
    constraint review_action_code unique (code),
    constraint review_action_review foreign key (review) references management_review (id)
);
create index review_action_open on review_action (state, due_on);
