package io.ismsflow.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.People;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.RefusedException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Task-list use cases over the {@link TaskInbox} port, with Camunda Tasklist's rules: a member of a candidate group
 * claims an open task; only its assignee (or the person standing in for them, see {@link Delegations}) completes or
 * releases it; completing an unclaimed task claims it first; the manager of a candidate group may hand a task to
 * someone else. A submission is checked against its form and the process's own {@link TaskSubmissionCheck}s.
 */
@Service
public class Tasks {

    static final String ENTITY = "task";
    /** Camunda's search shows a new task within about a second of its creation (the exporter's flush). */
    private static final int ATTEMPTS_FOR_A_NEW_TASK = 6;
    private static final Duration PAUSE_FOR_A_NEW_TASK = Duration.ofMillis(250);

    private final TaskInbox inbox;
    private final List<TaskSubmissionCheck> checks;
    private final TaskEscalations escalations;
    private final Delegations delegations;
    private final TaskRegister register;
    private final People people;
    private final AuditTrail trail;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;

    Tasks(TaskInbox inbox, List<TaskSubmissionCheck> checks, TaskEscalations escalations, Delegations delegations,
          TaskRegister register, People people, AuditTrail trail, TransactionTemplate transaction, ObjectMapper json, Clock clock) {
        this.inbox = inbox;
        this.checks = checks;
        this.escalations = escalations;
        this.delegations = delegations;
        this.register = register;
        this.people = people;
        this.trail = trail;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /** Open tasks from the app's task table, filtered. */
    public List<UserTask> list(TaskQuery query) {
        return register.open().stream().map(TaskRecord::task).filter(query::matches).toList();
    }

    /** The open tasks from the app's task table: for the task lists, without asking the engine task by task. */
    public List<TaskRecord> open() {
        return register.open();
    }

    /**
     * The task with its form and variables. On a cluster the task table learns of a new task from its listener, before
     * Camunda's search has it: a task the table holds open is waited for a moment, as the person who just saw it
     * listed expects to open it.
     */
    public TaskDetails get(long taskKey) {
        Optional<TaskDetails> details = inbox.find(taskKey);
        for (int attempt = 1; details.isEmpty() && attempt < ATTEMPTS_FOR_A_NEW_TASK && isOpenInTable(taskKey); attempt++) {
            pause();
            details = inbox.find(taskKey);
        }
        return details.orElseThrow(() -> new TaskNotFoundException(taskKey));
    }

    private boolean isOpenInTable(long taskKey) {
        return register.find(taskKey).filter(record -> record.getState() == TaskRecord.State.OPEN).isPresent();
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_FOR_A_NEW_TASK);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void claim(long taskKey, CurrentUser user) {
        UserTask task = get(taskKey).task();
        if (task.assignee() != null) {
            if (task.assignee().equals(user.name())) {
                return;
            }
            throw new TaskAlreadyClaimedException(taskKey, task.assignee());
        }
        requireCandidate(task, user);
        inbox.claim(taskKey, user.name());
    }

    /** Releases a claimed task: its assignee, their stand-in, or the manager of one of its groups. */
    public void unclaim(long taskKey, CurrentUser user) {
        UserTask task = get(taskKey).task();
        if (task.assignee() == null) {
            return;
        }
        if (!actsForAssignee(task, user) && !escalations.managersOf(task).contains(user.name())) {
            throw new RefusedException("%s (task %d) is claimed by %s: only they, their delegate or their group's manager can release it"
                    .formatted(task.name(), taskKey, task.assignee()));
        }
        inbox.unclaim(taskKey);
    }

    /** The manager of one of the task's candidate groups hands it to a person; recorded in the audit trail. */
    public void assign(long taskKey, String assignee, CurrentUser manager) {
        UserTask task = get(taskKey).task();
        if (!escalations.managersOf(task).contains(manager.name())) {
            throw new RefusedException("Only the manager of %s may reassign %s (task %d)"
                    .formatted(String.join(" or ", task.candidateGroups()), task.name(), taskKey));
        }
        if (!people.isKnown(assignee)) {
            throw new InvalidFieldsException(Map.of("assignee", "must be the user name of a person who uses ISMS Flow"));
        }
        inbox.claim(taskKey, assignee);
        transaction.executeWithoutResult(status -> trail.record(ENTITY, taskKey, "reassigned", null,
                Map.of("task", task.name(), "processInstanceKey", task.processInstanceKey(),
                        "from", String.valueOf(task.assignee()), "to", assignee), Actor.person(manager.name())));
    }

    /**
     * Completes the task with the form's fields and, for the trail, the person who completed it. An unclaimed task
     * is claimed by the person completing it; a claimed one only its assignee or their stand-in completes.
     */
    public void complete(long taskKey, CurrentUser user, Map<String, Object> submission) {
        TaskDetails details = get(taskKey);
        UserTask task = details.task();
        if (task.assignee() == null) {
            requireCandidate(task, user);
        } else if (!actsForAssignee(task, user)) {
            throw new RefusedException("%s (task %d) is claimed by %s: only they or their delegate can complete it"
                    .formatted(task.name(), taskKey, task.assignee()));
        }
        var problems = FormSchema.parse(details.formSchema(), json)
                .problemsWith(submission, details.variables(), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        checks.stream().filter(check -> check.appliesTo(task)).forEach(check -> {
            check.refusal(task, details.variables(), user.name()).ifPresent(reason -> {
                throw new RefusedException(reason);
            });
            check.check(task, details.variables(), submission, user.name());
        });
        if (task.assignee() == null) {
            inbox.claim(taskKey, user.name());
        }
        Map<String, Object> variables = new HashMap<>(submission);
        variables.put(Actor.COMPLETED_BY, user.name());
        inbox.complete(taskKey, variables);
        if (task.assignee() != null && !task.assignee().equals(user.name())) {
            transaction.executeWithoutResult(status -> trail.record(ENTITY, taskKey, "completed-as-delegate", null,
                    Map.of("task", task.name(), "processInstanceKey", task.processInstanceKey(), "for", task.assignee()),
                    Actor.person(user.name())));
        }
        escalations.taskCompleted(task, details.variables());
    }

    /** Why the user cannot complete the task, in a sentence for the task page; empty if they can. */
    public Optional<String> whyNot(TaskDetails details, CurrentUser user) {
        UserTask task = details.task();
        if (!user.isContributor()) {
            return Optional.of("You can read this task; your role does not work on tasks.");
        }
        if (task.assignee() == null && !isCandidate(task, user)) {
            return Optional.of("This task is for the group " + String.join(", ", task.candidateGroups()) + ".");
        }
        if (task.assignee() != null && !actsForAssignee(task, user)) {
            return Optional.of("%s has claimed this task: only they or their delegate can complete it; the manager of its group can hand it on."
                    .formatted(people.displayName(task.assignee())));
        }
        return checks.stream().filter(check -> check.appliesTo(task))
                .map(check -> check.refusal(task, details.variables(), user.name()))
                .flatMap(Optional::stream).findFirst();
    }

    /** Whether the user may work on the task now: an open task of their groups, or one assigned to them or to whom they stand in for. */
    public boolean mayWorkOn(UserTask task, CurrentUser user) {
        return user.isContributor() && (task.assignee() == null ? isCandidate(task, user) : actsForAssignee(task, user));
    }

    private boolean actsForAssignee(UserTask task, CurrentUser user) {
        return user.name().equals(task.assignee()) || delegations.standingInFor(user.name()).contains(task.assignee());
    }

    private static boolean isCandidate(UserTask task, CurrentUser user) {
        return task.candidateGroups().stream().anyMatch(user.groups()::contains);
    }

    private static void requireCandidate(UserTask task, CurrentUser user) {
        if (!isCandidate(task, user)) {
            throw new RefusedException("%s (task %d) is for the group %s; %s is not in it".formatted(task.name(), task.key(),
                    String.join(", ", task.candidateGroups()), user.name()));
        }
    }
}
