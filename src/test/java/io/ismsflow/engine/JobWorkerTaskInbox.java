package io.ismsflow.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.grpc.Status;
import io.ismsflow.tasks.TaskDetails;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.TaskNotFoundException;
import io.ismsflow.tasks.TaskQuery;
import io.ismsflow.tasks.TaskRegister;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.springframework.core.io.ClassPathResource;

/**
 * The task inbox on the in-memory engine: it holds every job-worker user task (one job per open task, activated
 * for as long as the engine can run) until someone completes it. Claims live here, as Tasklist would keep them.
 */
public class JobWorkerTaskInbox implements TaskInbox, AutoCloseable {

    private static final Duration HOLD_UNTIL_COMPLETED = Duration.ofDays(365L * 100);
    private static final Set<JobIntent> CLOSED = Set.of(JobIntent.COMPLETED, JobIntent.CANCELED, JobIntent.ERROR_THROWN);

    private record OpenTask(ActivatedJob job, UserTask task) {
    }

    private final Map<Long, OpenTask> open = new ConcurrentHashMap<>();
    private int recordsSeen;
    private final Map<String, String> formsById = new ConcurrentHashMap<>();
    private final CamundaClient camunda;
    private final ZeebeTestEngine engine;
    private final ProcessModels models;
    private final ObjectMapper json;
    private final TaskRegister register;
    private final JobWorker worker;
    /** Tasks the process closed by itself (an interrupting event) leave the app's task table within a second. */
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "task-inbox-sweeper");
        thread.setDaemon(true);
        return thread;
    });

    public JobWorkerTaskInbox(CamundaClient camunda, ZeebeTestEngine engine, ProcessModels models, ObjectMapper json, TaskRegister register) {
        this.camunda = camunda;
        this.engine = engine;
        this.models = models;
        this.json = json;
        this.register = register;
        this.worker = camunda.newWorker()
                .jobType(JobWorkerUserTasks.JOB_TYPE)
                .handler((client, job) -> {
                    OpenTask task = new OpenTask(job, toUserTask(job, headerValue(job, "assignee")));
                    // In the app's task table first: whatever this inbox shows, the task list shows too.
                    register.opened(task.task(), job.getVariablesAsMap());
                    open.put(job.getKey(), task);
                })
                .name("task-inbox")
                .timeout(HOLD_UNTIL_COMPLETED)
                .streamEnabled(true)
                .pollInterval(Duration.ofSeconds(1))
                .open();
        sweeper.scheduleWithFixedDelay(this::forgetClosedTasks, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public List<UserTask> list(TaskQuery query) {
        forgetClosedTasks();
        return open.values().stream()
                .map(OpenTask::task)
                .filter(query::matches)
                .sorted(Comparator.comparingLong(UserTask::key))
                .toList();
    }

    @Override
    public Optional<TaskDetails> find(long taskKey) {
        forgetClosedTasks();
        return Optional.ofNullable(open.get(taskKey))
                .map(open -> new TaskDetails(open.task(), formSchema(open.job()), open.job().getVariablesAsMap()));
    }

    @Override
    public void claim(long taskKey, String user) {
        reassign(taskKey, user);
    }

    @Override
    public void unclaim(long taskKey) {
        reassign(taskKey, null);
    }

    @Override
    public void complete(long taskKey, Map<String, Object> variables) {
        // Taken out first, so that of two completions at once only one reaches the engine; the other finds no task.
        OpenTask task = open.remove(taskKey);
        if (task == null) {
            throw new TaskNotFoundException(taskKey);
        }
        try {
            camunda.newCompleteCommand(taskKey).variables(variables).send().join();
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                throw new TaskNotFoundException(taskKey);
            }
            open.putIfAbsent(taskKey, task);
            throw e;
        }
        register.completed(taskKey, Objects.toString(variables.get(Actor.COMPLETED_BY), null));
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        worker.close();
    }

    private void reassign(long taskKey, String assignee) {
        open.computeIfPresent(taskKey, (key, task) -> new OpenTask(task.job(), toUserTask(task.job(), assignee)));
        register.assigned(taskKey, assignee);
    }

    /**
     * A task whose job ended without this inbox (the process moved on, another client completed it) is no
     * longer open. Reads only the records the engine wrote since the last look: the record list only grows, and
     * reading it whole for every task would make each look cost more than the last.
     */
    private synchronized void forgetClosedTasks() {
        Iterable<Record<?>> all = engine.getRecordStreamSource().getRecords();
        List<Record<?>> records = all instanceof List<Record<?>> list ? list : StreamSupport.stream(all.spliterator(), false).toList();
        int end = records.size();
        for (Record<?> record : records.subList(recordsSeen, end)) {
            if (record.getValueType() == ValueType.JOB && CLOSED.contains(record.getIntent()) && open.remove(record.getKey()) != null) {
                // Completed by another client (no person known to this inbox), or ended by its process.
                if (record.getIntent() == JobIntent.COMPLETED) {
                    register.completed(record.getKey(), null);
                } else {
                    register.canceled(record.getKey());
                }
            }
        }
        recordsSeen = end;
    }

    private UserTask toUserTask(ActivatedJob job, String assignee) {
        String due = headerValue(job, "dueDate");
        return new UserTask(job.getKey(), models.elementName(job.getBpmnProcessId(), job.getElementId()), job.getBpmnProcessId(), job.getProcessInstanceKey(),
                job.getElementId(), assignee, candidateGroups(job), OffsetDateTime.now(ZoneOffset.UTC),
                due == null ? null : OffsetDateTime.parse(due));
    }

    private List<String> candidateGroups(ActivatedJob job) {
        String groups = headerValue(job, "candidateGroups");
        if (groups == null) {
            return List.of();
        }
        try {
            return json.readValue(groups, new TypeReference<List<String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String formSchema(ActivatedJob job) {
        String formId = job.getCustomHeaders().get(JobWorkerUserTasks.FORM_ID_HEADER);
        return formsById.computeIfAbsent(formId, id -> {
            try {
                return new ClassPathResource("forms/" + id + ".form").getContentAsString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("No form " + id + " for task " + job.getElementId(), e);
            }
        });
    }

    private static String headerValue(ActivatedJob job, String name) {
        return job.getCustomHeaders().get("io.camunda.zeebe:" + name);
    }
}
