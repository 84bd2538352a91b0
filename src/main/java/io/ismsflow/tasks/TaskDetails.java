package io.ismsflow.tasks;

import java.util.Map;

/**
 * A task with what its page needs: the Camunda Form schema (JSON, as deployed) and the process variables that
 * prefill it.
 */
public record TaskDetails(UserTask task, String formSchema, Map<String, Object> variables) {
}
