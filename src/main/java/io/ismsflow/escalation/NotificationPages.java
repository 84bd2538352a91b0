package io.ismsflow.escalation;

import io.ismsflow.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The bell's page: a person's notifications, newest first. */
@Controller
class NotificationPages {

    private final Notifications notifications;

    NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(Authentication user, Model model) {
        model.addAttribute("notifications", notifications.of(CurrentUser.of(user).name()));
        return "notifications";
    }

    @PostMapping("/notifications/read")
    String readAll(Authentication user) {
        notifications.markAllRead(CurrentUser.of(user).name());
        return "redirect:/notifications";
    }
}
