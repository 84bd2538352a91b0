-- The app's own table of user tasks, one row per task: the task lists, the managers' views and later the process
-- dashboard read it instead of asking the engine task by task. Fed by the task inbox adapters: the in-memory
-- engine's job-worker inbox in tests and the dev run, Camunda 8.8 user-task listeners on a cluster.
create table user_task (
    task_key             bigint        primary key,
    process_id           varchar(100)  not null,
    process_instance_key bigint        not null,
    element_id           varchar(100)  not null,
    name                 varchar(200)  not null,
    subject              varchar(400),
    escalation_ref       varchar(200),
    assignee             varchar(100),
    candidate_groups     varchar(400),
    created_at           datetime(6)   not null,
    due_at               datetime(6),
    state                varchar(16)   not null,
    closed_at            datetime(6),
    completed_by         varchar(100),
    version              bigint        not null
);
create index user_task_open on user_task (state, due_at);
create index user_task_instance on user_task (process_instance_key);
