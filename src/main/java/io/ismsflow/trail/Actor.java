package io.ismsflow.trail;

import io.camunda.client.api.response.ActivatedJob;
import java.security.Principal;

/**
 * Who made a change, and through what: a person through the API or UI, or a job worker acting for
 * the person who completed the task before it. Worker changes carry the job and the process instance,
 * so every record traces to a process, a task and a person.
 */
public record Actor(String person, String jobType, Long jobKey, Long processInstanceKey, String elementId) {

    public Actor {
        if (person == null || person.isBlank()) {
            throw new IllegalArgumentException("An actor needs a person");
        }
    }

    public static Actor person(String person) {
        return new Actor(person, null, null, null, null);
    }

    /** The signed-in user behind a web request. */
    public static Actor of(Principal principal) {
        return person(principal.getName());
    }

    /**
     * A job worker acting on a person's decision. Task completions through the task inbox carry the person in
     * {@code completedBy}; a task completed elsewhere (Camunda Tasklist) is recorded as such.
     */
    public static Actor forJob(ActivatedJob job, String completedBy) {
        String person = completedBy == null || completedBy.isBlank() ? UNATTRIBUTED : completedBy;
        return new Actor(person, job.getType(), job.getKey(), job.getProcessInstanceKey(), job.getElementId());
    }

    /** Variable that the task inbox sets on every task it completes. */
    public static final String COMPLETED_BY = "completedBy";

    static final String UNATTRIBUTED = "unattributed (task completed outside ISMS Flow)";
}
