package io.ismsflow.trail;

import java.util.Optional;

/**
 * Who completed the last user task of a process instance, as the app's task table knows it. A worker acting on a
 * task completed outside ISMS Flow (in Camunda Tasklist) has no {@code completedBy} variable; the trail asks here
 * instead of recording the change as unattributed.
 */
public interface TaskCompleters {

    Optional<String> lastCompleterIn(long processInstanceKey);
}
