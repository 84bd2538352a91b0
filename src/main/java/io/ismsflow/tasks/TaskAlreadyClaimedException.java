package io.ismsflow.tasks;

import io.ismsflow.web.ConflictException;

public class TaskAlreadyClaimedException extends ConflictException {

    public TaskAlreadyClaimedException(long taskKey, String assignee) {
        super("Task " + taskKey + " is already claimed by " + assignee);
    }
}
