package io.ismsflow.escalation;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/** A reminder sent because a user task passed its due date. */
public record Reminder(@Id Long id, long jobKey, long processInstanceKey, String task, String subject,
                       String recipients, Instant dueAt, Instant sentAt) {
}
