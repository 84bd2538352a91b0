package io.ismsflow.escalation;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface NotificationRepository extends ListCrudRepository<Notification, Long> {

    List<Notification> findTop50ByRecipientOrderByIdDesc(String recipient);

    List<Notification> findByRecipientAndReadAtIsNull(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);
}
