package io.ismsflow.escalation;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/** Work taken above the people who had it: to a group's manager or to top management, with the reason. */
public record Escalation(@Id Long id, long jobKey, long processInstanceKey, Level level, String recipients,
                         String subject, String reason, Instant raisedAt) {

    public enum Level {
        GROUP_MANAGER, TOP_MANAGEMENT
    }
}
