package io.ismsflow.escalation;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/** A message to one person in the app (the bell), mirrored by e-mail when SMTP is configured. */
public record Notification(@Id Long id, String recipient, String title, String body, String link, Instant createdAt,
                           Instant readAt) {

    Notification read(Instant at) {
        return new Notification(id, recipient, title, body, link, createdAt, at);
    }
}
