package io.ismsflow.tasks;

public class TaskAlreadyClaimedException extends IllegalStateException {

    public TaskAlreadyClaimedException(long taskKey, String assignee) {
        super("Task " + taskKey + " is already claimed by " + assignee);
    }
}
