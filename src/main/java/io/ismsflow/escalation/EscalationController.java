package io.ismsflow.escalation;

import io.ismsflow.security.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Escalations and notifications", description = "Reminders and escalations of overdue tasks, and what each person was told")
@RestController
class EscalationController {

    private final Escalations escalations;
    private final Notifications notifications;

    EscalationController(Escalations escalations, Notifications notifications) {
        this.escalations = escalations;
        this.notifications = notifications;
    }

    /** The escalations not yet resolved, newest first. */
    @GetMapping("/api/escalations")
    List<Escalation> open() {
        return escalations.open();
    }

    @GetMapping("/api/notifications")
    List<Notification> mine(Authentication user) {
        return notifications.of(CurrentUser.of(user).name());
    }

    @PostMapping("/api/notifications/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id, Authentication user) {
        notifications.markRead(CurrentUser.of(user).name(), id);
        return ResponseEntity.noContent().build();
    }
}
