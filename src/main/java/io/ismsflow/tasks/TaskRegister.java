package io.ismsflow.tasks;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The app's own table of user tasks (one row per task), kept by the task inbox adapters as tasks open, change hands
 * and close. Every change is idempotent: the engine and its listeners deliver at least once. The task list reads
 * it, not the engine task by task.
 */
@Service
@Transactional
public class TaskRegister {

    /** The process variables a task's row keeps: the line the list shows, and the escalation reference of a parallel task. */
    public static final String SUBJECT = "subject";
    public static final String ESCALATION_REF = "escalationTaskRef";

    private final TaskRecordRepository records;
    private final Clock clock;

    TaskRegister(TaskRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    public void opened(UserTask task, Map<String, Object> variables) {
        if (records.existsById(task.key())) {
            return;
        }
        try {
            records.save(TaskRecord.opened(task, text(variables.get(SUBJECT)), text(variables.get(ESCALATION_REF)), clock.instant()));
        } catch (DuplicateKeyException | DbActionExecutionException e) {
            if (!records.existsById(task.key())) {
                throw e;
            }
        }
    }

    public void assigned(long taskKey, String assignee) {
        records.findById(taskKey).filter(record -> record.assign(assignee)).ifPresent(records::save);
    }

    public void completed(long taskKey, String by) {
        records.findById(taskKey).filter(record -> record.close(TaskRecord.State.COMPLETED, by, clock.instant())).ifPresent(records::save);
    }

    /** The task ended without being completed (its process moved on: an interrupting event, a cancellation). */
    public void canceled(long taskKey) {
        records.findById(taskKey).filter(record -> record.close(TaskRecord.State.CANCELED, null, clock.instant())).ifPresent(records::save);
    }

    @Transactional(readOnly = true)
    public Optional<TaskRecord> find(long taskKey) {
        return records.findById(taskKey);
    }

    @Transactional(readOnly = true)
    public List<TaskRecord> open() {
        return records.findByStateOrderByTaskKey(TaskRecord.State.OPEN);
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }

    /** How many open tasks of every process are past their due date at this moment: one count query. */
    @Transactional(readOnly = true)
    public long overdueCount() {
        return records.countByStateAndDueAtBefore(TaskRecord.State.OPEN, clock.instant());
    }
}
