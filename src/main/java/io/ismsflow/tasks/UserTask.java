package io.ismsflow.tasks;

import java.time.OffsetDateTime;
import java.util.List;

/** An open user task as the task list shows it, whichever engine adapter found it. */
public record UserTask(
        long key,
        String name,
        String processId,
        long processInstanceKey,
        String elementId,
        String assignee,
        List<String> candidateGroups,
        OffsetDateTime created,
        OffsetDateTime due) {
}
