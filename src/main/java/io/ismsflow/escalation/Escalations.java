package io.ismsflow.escalation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The escalation records: raised once per job and told to the people concerned, resolved when the task is done. */
@Service
@Transactional
public class Escalations {

    private final EscalationRepository escalations;
    private final Notifications notifications;
    private final Clock clock;

    Escalations(EscalationRepository escalations, Notifications notifications, Clock clock) {
        this.escalations = escalations;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Escalation> open() {
        return escalations.findByResolvedAtIsNullOrderByIdDesc();
    }

    @Transactional(readOnly = true)
    public List<Escalation> of(long processInstanceKey) {
        return escalations.findByProcessInstanceKeyOrderById(processInstanceKey);
    }

    /** The highest open level of a task's escalations. */
    @Transactional(readOnly = true)
    public Optional<Escalation.Level> levelOf(long processInstanceKey, String taskElementId) {
        return escalations.findByProcessInstanceKeyAndTaskElementIdAndResolvedAtIsNull(processInstanceKey, taskElementId).stream()
                .map(Escalation::level)
                .max(Comparator.naturalOrder());
    }

    /** Records the escalation and notifies its recipients, once per job however often the job is delivered. */
    void raise(Escalation escalation, Collection<String> recipients) {
        if (escalations.existsByJobKey(escalation.jobKey())) {
            return;
        }
        escalations.save(escalation);
        String title = switch (escalation.level()) {
            case REMINDER -> "Reminder: " + escalation.task() + " is due";
            case GROUP_MANAGER -> "Overdue in your team: " + escalation.task();
            case TOP_MANAGEMENT -> "Escalated to top management: " + (escalation.task() != null ? escalation.task() : escalation.subject());
        };
        notifications.notify(recipients, title, escalation.subject() + "\n\n" + escalation.reason(), linkTo(escalation));
    }

    /** The task list's address that opens the escalated task itself (or says it is done by now). */
    private static String linkTo(Escalation escalation) {
        String link = "/tasks/open?instance=" + escalation.processInstanceKey();
        return escalation.taskElementId() == null ? link : link + "&step=" + URLEncoder.encode(escalation.taskElementId(), StandardCharsets.UTF_8);
    }

    void resolve(long processInstanceKey, String taskElementId) {
        escalations.findByProcessInstanceKeyAndTaskElementIdAndResolvedAtIsNull(processInstanceKey, taskElementId)
                .forEach(escalation -> escalations.save(escalation.resolved(clock.instant())));
    }
}
