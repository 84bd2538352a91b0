package io.ismsflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.RiskReviews;
import io.ismsflow.risk.Treatment;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The escalation chain of a user task (here the risk owner's reassessment, due 14 days after the review starts):
 * reminder at the due date, the group's manager 3 days later, top management 7 days later; nothing more once the
 * task is done.
 */
@Tag("calendar")
@IntegrationTest
class EscalationChainTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired RiskRegister risks;
    @Autowired RiskReviews reviews;
    @Autowired Escalations escalations;
    @Autowired Notifications notifications;
    @Autowired Tasks tasks;
    @Autowired TaskInbox inbox;
    @Autowired EngineClock clock;
    @Autowired GreenMail smtp;
    @Autowired TestRestTemplate rest;

    OpenTasks openTasks;

    @BeforeEach
    void setUp() {
        openTasks = new OpenTasks(inbox);
    }

    @Test
    void eachLevelFiresWhenTheClockPassesItAndTellsThePeopleConcerned() throws Exception {
        UserTask task = reviewStarted();

        clock.advance(Duration.ofDays(14).plusHours(1));
        awaitLevels(task, Escalation.Level.REMINDER);
        clock.advance(Duration.ofDays(3));
        awaitLevels(task, Escalation.Level.REMINDER, Escalation.Level.GROUP_MANAGER);
        clock.advance(Duration.ofDays(4));
        awaitLevels(task, Escalation.Level.REMINDER, Escalation.Level.GROUP_MANAGER, Escalation.Level.TOP_MANAGEMENT);

        assertThat(escalations.of(task.processInstanceKey())).extracting(Escalation::recipients)
                .containsExactly("risk-owner", "isms-manager", "top-manager, board-member");
        assertThat(escalations.levelOf(task.processInstanceKey(), "reassess-risk")).contains(Escalation.Level.TOP_MANAGEMENT);
        String subject = inbox.find(task.key()).orElseThrow().variables().get("subject").toString();
        assertThat(notifications.of("top-manager")).filteredOn(notification -> notification.body().startsWith(subject))
                .singleElement().satisfies(notification -> {
                    assertThat(notification.title()).isEqualTo("Escalated to top management: Reassess risk");
                    assertThat(notification.readAt()).isNull();
                });
        assertThat(notifications.of("isms-manager")).filteredOn(notification -> notification.body().startsWith(subject))
                .extracting(Notification::title).containsExactly("Overdue in your team: Reassess risk");
        JsonNode open = rest.withBasicAuth("viewer", "demo").getForObject("/api/escalations", JsonNode.class);
        assertThat(open.findValuesAsText("taskElementId")).contains("reassess-risk");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(mailsTo("top-manager@isms-flow.local")).anySatisfy(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Escalated to top management: Reassess risk");
            assertThat(mail.getContent().toString()).startsWith(subject);
        }));

        tasks.complete(task.key(), TestUsers.as("risk-owner"), Map.of("likelihood", 2, "impact", 2, "treatment", "MODIFY",
                "residualLikelihood", 1, "residualImpact", 2, "ownerAccepts", true));
        assertThat(escalations.levelOf(task.processInstanceKey(), "reassess-risk")).isEmpty();
        assertThat(escalations.of(task.processInstanceKey())).allSatisfy(step -> assertThat(step.resolvedAt()).isNotNull());
    }

    @Test
    void theChainStopsOnceTheTaskIsDone() {
        UserTask task = reviewStarted();
        clock.advance(Duration.ofDays(14).plusHours(1));
        awaitLevels(task, Escalation.Level.REMINDER);

        tasks.complete(task.key(), TestUsers.as("risk-owner"), Map.of("likelihood", 2, "impact", 2, "treatment", "MODIFY",
                "residualLikelihood", 1, "residualImpact", 2, "ownerAccepts", true));
        openTasks.awaitGone(task.key());
        clock.advance(Duration.ofDays(10));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                escalations.of(task.processInstanceKey()).size() == 1);
        assertThat(escalations.of(task.processInstanceKey())).singleElement()
                .satisfies(reminder -> assertThat(reminder.resolvedAt()).isNotNull());
    }

    private UserTask reviewStarted() {
        Risk risk = risks.identify(new RiskDraft("Escalation test " + System.nanoTime(), null, "Asset", "Threat", "Vulnerability",
                true, false, false, "risk-owner", 2, 2, Treatment.MODIFY, null, 1, 2, LocalDate.now(clock).plusYears(1), null),
                Actor.person("test"));
        reviews.start(risk.getId(), "isms-manager");
        return openTasks.awaitTask("reassess-risk", "riskId", risk.getId());
    }

    private void awaitLevels(UserTask task, Escalation.Level... levels) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(escalations.of(task.processInstanceKey()))
                .extracting(Escalation::level).containsExactly(levels));
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients()).anyMatch(recipient -> recipient.toString().equals(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
