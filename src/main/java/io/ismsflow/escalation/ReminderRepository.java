package io.ismsflow.escalation;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ReminderRepository extends ListCrudRepository<Reminder, Long> {

    boolean existsByJobKey(long jobKey);

    List<Reminder> findByProcessInstanceKeyOrderById(long processInstanceKey);
}
