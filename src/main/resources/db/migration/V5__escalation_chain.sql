-- The escalation chain of every user task: reminder at the due date, the group's manager after escalate-after,
-- top management after escalate-to-top-after. One table for all levels; a step is resolved when its task completes.
drop table reminder;

alter table escalation add column task varchar(200);
alter table escalation add column task_element_id varchar(100);
alter table escalation add column due_at datetime(6);
alter table escalation add column resolved_at datetime(6);
create index escalation_task on escalation (process_instance_key, task_element_id);

-- In-app notifications (the bell); e-mail goes out too when SMTP is configured.
create table notification (
    id          bigint auto_increment primary key,
    recipient   varchar(100)  not null,
    title       varchar(300)  not null,
    body        varchar(2000) not null,
    link        varchar(300),
    created_at  datetime(6)   not null,
    read_at     datetime(6)
);
create index notification_recipient on notification (recipient, read_at);
