package io.ismsflow.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismsflow.security.CurrentUser;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.RefusedException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Task-list use cases over the {@link TaskInbox} port: completing a task checks the submission against its form
 * and the process's own {@link TaskSubmissionCheck}s.
 */
@Service
public class Tasks {

    private final TaskInbox inbox;
    private final List<TaskSubmissionCheck> checks;
    private final TaskEscalations escalations;
    private final ObjectMapper json;
    private final Clock clock;

    Tasks(TaskInbox inbox, List<TaskSubmissionCheck> checks, TaskEscalations escalations, ObjectMapper json, Clock clock) {
        this.inbox = inbox;
        this.checks = checks;
        this.escalations = escalations;
        this.json = json;
        this.clock = clock;
    }

    public List<UserTask> list(TaskQuery query) {
        return inbox.list(query);
    }

    public TaskDetails get(long taskKey) {
        return inbox.find(taskKey).orElseThrow(() -> new TaskNotFoundException(taskKey));
    }

    public void claim(long taskKey, CurrentUser user) {
        UserTask task = requireCandidate(get(taskKey).task(), user);
        if (task.assignee() != null && !task.assignee().equals(user.name())) {
            throw new TaskAlreadyClaimedException(taskKey, task.assignee());
        }
        inbox.claim(taskKey, user.name());
    }

    public void unclaim(long taskKey, CurrentUser user) {
        requireCandidate(get(taskKey).task(), user);
        inbox.unclaim(taskKey);
    }

    /** Completes the task with the form's fields and, for the trail, the person who completed it. */
    public void complete(long taskKey, CurrentUser user, Map<String, Object> submission) {
        TaskDetails details = get(taskKey);
        requireCandidate(details.task(), user);
        var problems = FormSchema.parse(details.formSchema(), json)
                .problemsWith(submission, details.variables(), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        checks.stream()
                .filter(check -> check.appliesTo(details.task()))
                .forEach(check -> check.check(details.task(), details.variables(), submission, user.name()));
        Map<String, Object> variables = new HashMap<>(submission);
        variables.put(Actor.COMPLETED_BY, user.name());
        inbox.complete(taskKey, variables);
        escalations.taskCompleted(details.task(), details.variables());
    }

    /** Whether the user may work on the task: its assignee, or a member of one of its candidate groups. */
    public static boolean isCandidate(UserTask task, CurrentUser user) {
        return user.name().equals(task.assignee()) || task.candidateGroups().stream().anyMatch(user.groups()::contains);
    }

    private static UserTask requireCandidate(UserTask task, CurrentUser user) {
        if (!isCandidate(task, user)) {
            throw new RefusedException("Task %d (%s) is for %s%s; %s is neither".formatted(task.key(), task.name(),
                    task.assignee() == null ? "" : task.assignee() + " or ", "the group " + String.join(", ", task.candidateGroups()),
                    user.name()));
        }
        return task;
    }
}
