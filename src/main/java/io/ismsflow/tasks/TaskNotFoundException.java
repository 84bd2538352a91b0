package io.ismsflow.tasks;

import java.util.NoSuchElementException;

public class TaskNotFoundException extends NoSuchElementException {

    public TaskNotFoundException(long taskKey) {
        super("Task " + taskKey + " does not exist or is no longer open");
    }
}
