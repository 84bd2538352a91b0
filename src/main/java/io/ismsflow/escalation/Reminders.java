package io.ismsflow.escalation;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class Reminders {

    private final ReminderRepository reminders;

    Reminders(ReminderRepository reminders) {
        this.reminders = reminders;
    }

    public List<Reminder> of(long processInstanceKey) {
        return reminders.findByProcessInstanceKeyOrderById(processInstanceKey);
    }

    @Transactional
    public void record(Reminder reminder) {
        if (!reminders.existsByJobKey(reminder.jobKey())) {
            reminders.save(reminder);
        }
    }
}
