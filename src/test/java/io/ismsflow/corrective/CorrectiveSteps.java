package io.ismsflow.corrective;

import static org.awaitility.Awaitility.await;

import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The steps of the corrective-action loop as the people involved take them, through the task list. */
public class CorrectiveSteps {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final CorrectiveActionProcess process;
    private final Nonconformities nonconformities;
    private final Tasks tasks;
    private final OpenTasks openTasks;
    private final Clock clock;

    public CorrectiveSteps(CorrectiveActionProcess process, Nonconformities nonconformities, Tasks tasks, OpenTasks openTasks, Clock clock) {
        this.process = process;
        this.nonconformities = nonconformities;
        this.tasks = tasks;
        this.openTasks = openTasks;
        this.clock = clock;
    }

    public Nonconformity raise(Severity severity, String... controls) {
        return process.raise(new NonconformityDraft(null, NonconformitySource.MANUAL, null,
                "Backup restore never tested " + System.nanoTime(), "Backups were not tested for restore in 2026",
                "IT operations", severity, "risk-owner", List.of(controls), List.of()), Actor.person("isms-manager"));
    }

    public void contain(Nonconformity nc) {
        tasks.complete(task("contain-and-correct", nc).key(), TestUsers.as("risk-owner"),
                Map.of("containment", "Ran a full restore test of the file server", "hadConsequences", "yes",
                        "consequences", "Customers informed that restores were untested until now"));
    }

    public UserTask analyse(Nonconformity nc) {
        UserTask analysis = task("analyse-root-cause", nc);
        tasks.complete(analysis.key(), TestUsers.as("risk-owner"), Map.of("rootCauseMethod", "FIVE_WHYS",
                "causes", "The backup procedure has no owner and no schedule for restore tests", "couldOccurElsewhere", "yes",
                "elsewhere", "The database backups of the branch office"));
        return analysis;
    }

    public void plan(Nonconformity nc, Map<String, Object>... actions) {
        tasks.complete(task("plan-corrective-actions", nc).key(), TestUsers.as("risk-owner"), Map.of("plannedActions", List.of(actions)));
    }

    public void planOne(Nonconformity nc, String title) {
        plan(nc, action(title, "risk-owner", 10, Map.of()));
    }

    public void approve(Nonconformity nc) {
        tasks.complete(task("approve-plan", nc).key(), TestUsers.as("isms-manager"), Map.of("planDecision", "approve"));
    }

    public void implementAll(Nonconformity nc, String owner) {
        await().atMost(PATIENCE).until(() -> !openTasks.all("implement-action", "nonconformityId", nc.getId()).isEmpty());
        for (UserTask task : openTasks.all("implement-action", "nonconformityId", nc.getId())) {
            tasks.complete(task.key(), TestUsers.as(owner), Map.of("evidenceReference", "CHG-" + task.key(), "implementationNotes", "Done"));
        }
    }

    public void verify(Nonconformity nc, String verifier, String verdict, String reasoning) {
        tasks.complete(task("verify-effectiveness", nc).key(), TestUsers.as(verifier),
                Map.of("effectivenessVerdict", verdict, "effectivenessReasoning", reasoning));
    }

    public UserTask task(String elementId, Nonconformity nc) {
        return openTasks.awaitTask(elementId, "nonconformityId", nc.getId());
    }

    public Map<String, Object> action(String title, String owner, int dueInDays, Map<String, Object> changes) {
        Map<String, Object> action = new HashMap<>(changes);
        action.put("title", title);
        action.put("owner", owner);
        action.put("dueDate", LocalDate.now(clock).plusDays(dueInDays).toString());
        return action;
    }

    public void awaitState(Nonconformity nc, NonconformityState state) {
        await().atMost(PATIENCE).until(() -> nonconformities.get(nc.getId()).getState() == state);
    }
}
