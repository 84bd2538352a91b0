package io.ismsflow.tasks;

/** Filters of the task list; a null filter matches every task. */
public record TaskQuery(String candidateGroup, String assignee) {

    public static TaskQuery all() {
        return new TaskQuery(null, null);
    }

    /** For inboxes that filter in memory. */
    public boolean matches(UserTask task) {
        return (candidateGroup == null || task.candidateGroups().contains(candidateGroup))
                && (assignee == null || assignee.equals(task.assignee()));
    }
}
