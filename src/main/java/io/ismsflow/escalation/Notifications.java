package io.ismsflow.escalation;

import io.ismsflow.security.IsmsUsers;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells people: a notification in the app for each recipient and, when SMTP is configured ({@code spring.mail.*}),
 * an e-mail to those with an address. Mail goes out only after the notification is committed, so a job that
 * fails and is retried does not mail twice.
 */
@Service
@Transactional
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final NotificationRepository notifications;
    private final IsmsUsers users;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final Clock clock;

    Notifications(NotificationRepository notifications, IsmsUsers users, ObjectProvider<JavaMailSender> mail,
                  @Value("${isms.mail.from}") String from, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.mail = mail;
        this.from = from;
        this.clock = clock;
    }

    public void notify(Collection<String> recipients, String title, String body, String link) {
        for (String recipient : recipients) {
            notifications.save(new Notification(null, recipient, title, body, link, clock.instant(), null));
            users.find(recipient).map(IsmsUsers.User::email).filter(email -> !email.isBlank())
                    .ifPresent(email -> mailAfterCommit(email, title, body));
        }
    }

    @Transactional(readOnly = true)
    public List<Notification> of(String recipient) {
        return notifications.findTop50ByRecipientOrderByIdDesc(recipient);
    }

    @Transactional(readOnly = true)
    public long unreadCount(String recipient) {
        return notifications.countByRecipientAndReadAtIsNull(recipient);
    }

    public void markRead(String recipient, long id) {
        Notification notification = notifications.findById(id).filter(found -> found.recipient().equals(recipient))
                .orElseThrow(() -> new NoSuchElementException("Notification " + id + " does not exist"));
        if (notification.readAt() == null) {
            notifications.save(notification.read(clock.instant()));
        }
    }

    public void markAllRead(String recipient) {
        notifications.findByRecipientAndReadAtIsNull(recipient).forEach(unread -> notifications.save(unread.read(clock.instant())));
    }

    private void mailAfterCommit(String to, String subject, String text) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(to);
                message.setSubject(subject);
                message.setText(text);
                try {
                    sender.send(message);
                } catch (MailException e) {
                    log.warn("Could not mail '{}' to {}: {}", subject, to, e.getMessage());
                }
            }
        });
    }
}
