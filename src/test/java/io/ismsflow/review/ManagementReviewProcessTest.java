package io.ismsflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ismsflow.context.ClimateDecision;
import io.ismsflow.context.OrganisationContext;
import io.ismsflow.corrective.CorrectiveActionProcess;
import io.ismsflow.corrective.Nonconformities;
import io.ismsflow.corrective.NonconformityDraft;
import io.ismsflow.corrective.NonconformitySource;
import io.ismsflow.corrective.Severity;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.escalation.Escalation;
import io.ismsflow.escalation.Escalations;
import io.ismsflow.measurement.ImprovementSource;
import io.ismsflow.measurement.Improvements;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.RefusedException;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The management review (9.3) on the engine with the real workers and database: the inputs a–g compiled and frozen,
 * the preparation with top management attending, the meeting's decisions and actions, the minutes under four eyes and
 * frozen, the outputs (an action with its own process, a nonconformity, an improvement, the climate decision again),
 * the action open in the next review's input a) with the trend; a review not held in time is missed with exactly one
 * nonconformity. In a context of its own: it walks the clock through quarters.
 */
@Tag("calendar")
@IsolatedIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManagementReviewProcessTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired TestRestTemplate rest;
    @Autowired ManagementReviews reviews;
    @Autowired ReviewActions actions;
    @Autowired RiskRegister risks;
    @Autowired CorrectiveActionProcess corrective;
    @Autowired Nonconformities nonconformities;
    @Autowired Improvements improvements;
    @Autowired OrganisationContext context;
    @Autowired Escalations escalations;
    @Autowired Tasks tasks;
    @Autowired TaskInbox inbox;
    @Autowired EngineClock clock;

    @Test
    @Order(1)
    void aReviewIsPreparedHeldAndMinutedAndItsActionIsAnInputOfTheNext() throws IOException, NoSuchAlgorithmException {
        LocalDate today = LocalDate.now(clock);
        Risk ransomware = risks.identify(new RiskDraft("Ransomware on the file server", null, "File server", "Ransomware", "No offline backup", true, true, true,
                "risk-owner", 5, 5, Treatment.MODIFY, null, 5, 5, today.plusMonths(3), null), Actor.person("isms-manager"));
        corrective.raise(new NonconformityDraft(null, NonconformitySource.MANUAL, null, "Visitors not escorted", "Seen on 3 November", "Office",
                Severity.MINOR, "risk-owner", List.of(), List.of()), Actor.person("isms-manager"));
        context.decideOnClimate(new ClimateDecision.Draft(true, "Heat waves threaten the data centre's cooling", "top-manager", today),
                Actor.person("isms-manager"));
        String period = (today.getYear() + 1) + "-Q1";

        ResponseEntity<JsonNode> requested = rest.withBasicAuth("isms-manager", "demo").postForEntity("/api/management-reviews",
                Map.of("period", period), JsonNode.class);
        assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(rest.withBasicAuth("top-manager", "demo").postForEntity("/api/management-reviews", Map.of("period", period), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(rest.withBasicAuth("risk-owner", "demo").postForEntity("/api/management-reviews", Map.of("period", period), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("isms-manager", "demo").postForEntity("/api/management-reviews", Map.of("period", "2027-Q5"), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        long id = requested.getBody().at("/review/id").asLong();

        OpenTasks open = new OpenTasks(inbox);
        UserTask prepare = open.awaitTask("prepare-review", "reviewId", id);
        ManagementReview compiled = reviews.get(id);
        InputPack pack = reviews.inputsOf(compiled);
        assertThat(pack.inputs()).extracting(InputPack.Input::key).containsExactly("a", "b", "c", "d1", "d2", "d3", "d4", "e", "f", "g");
        assertThat(figure(pack, "f", "Above the appetite, not accepted")).isEqualTo("1");
        assertThat(figure(pack, "d1", "Open")).isEqualTo("1");
        assertThat(pack.input("b").orElseThrow().lines()).last().extracting(InputPack.Line::text).asString()
                .startsWith("Climate change is relevant to the ISMS");
        corrective.raise(new NonconformityDraft(null, NonconformitySource.MANUAL, null, "Raised after the pack", "Later", "Office",
                Severity.MINOR, "risk-owner", List.of(), List.of()), Actor.person("isms-manager"));
        assertThat(reviews.get(id).getInputsSha256()).isEqualTo(compiled.getInputsSha256());
        assertThat(figure(reviews.inputsOf(reviews.get(id)), "d1", "Open")).isEqualTo("1");

        assertThat(figure(pack, "d1", "Corrective actions overdue")).isEqualTo("0");
        assertThat(pack.input("d1").orElseThrow().lines()).first().extracting(InputPack.Line::text).asString().startsWith("Raised per quarter: ");
        reviews.comment(id, "f", "The ransomware risk stays above the appetite until the offline backup is bought", Actor.person("isms-manager"));
        assertThatThrownBy(() -> reviews.note(id, "f", "Too early", Actor.person("top-manager"))).hasMessageContaining("cannot be noted on now");
        assertThatThrownBy(() -> reviews.comment(id, "h", "No such input", Actor.person("isms-manager"))).hasMessageContaining("is not an input");
        assertThatThrownBy(() -> tasks.complete(prepare.key(), TestUsers.as("isms-manager"), preparation(List.of("isms-manager"))))
                .hasMessageContaining("at least one member of top management");
        tasks.complete(prepare.key(), TestUsers.as("isms-manager"), preparation(List.of("isms-manager", "top-manager")));

        UserTask hold = open.awaitTask("hold-management-review", "reviewId", id);
        assertThat(hold.candidateGroups()).containsExactly("top-management");
        reviews.note(id, "f", "Top management asks for a budget proposal", Actor.person("top-manager"));
        Map<String, Object> unknownRisk = meeting(today, "R-999");
        assertThatThrownBy(() -> tasks.complete(hold.key(), TestUsers.as("top-manager"), unknownRisk))
                .hasMessageContaining("R-999 is not a risk of the register");
        tasks.complete(hold.key(), TestUsers.as("top-manager"), meeting(today, ransomware.getCode()));

        UserTask approve = open.awaitTask("approve-review-minutes", "reviewId", id);
        CurrentUser preparerInTopManagement = new CurrentUser("isms-manager", Set.of(Groups.ISMS_MANAGERS, Groups.TOP_MANAGEMENT));
        assertThatThrownBy(() -> tasks.complete(approve.key(), preparerInTopManagement, Map.of("minutesDecision", "approve")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("four eyes");
        tasks.complete(approve.key(), TestUsers.as("board-member"), Map.of("minutesDecision", "reject",
                "minutesDecisionReason", "Name the backup budget in the resource decision"));
        tasks.complete(open.awaitTask("amend-meeting-record", "reviewId", id).key(), TestUsers.as("top-manager"), meeting(today, ransomware.getCode()));
        tasks.complete(open.awaitTask("approve-review-minutes", "reviewId", id).key(), TestUsers.as("board-member"),
                Map.of("minutesDecision", "approve"));

        await().atMost(PATIENCE).until(() -> !actions.of(id).isEmpty());
        ReviewAction decided = actions.of(id).getFirst();
        assertThat(decided.getCode()).isEqualTo("MR-" + period + "-A1");
        UserTask action = open.awaitTask("implement-review-action", "actionId", decided.getId());
        assertThat(action.assignee()).isEqualTo("risk-owner");
        ManagementReview held = reviews.get(id);
        assertThat(held.getStatus()).isEqualTo(ReviewStatus.HELD);
        String ncReference = "MR-" + period + "-D2";
        await().atMost(PATIENCE).until(() -> nonconformities.findByReference(ncReference).isPresent());
        assertThat(nonconformities.findByReference(ncReference).orElseThrow().getSource()).isEqualTo(NonconformitySource.MANAGEMENT_REVIEW);
        assertThat(improvements.all()).filteredOn(improvement -> ("MR-" + period + "-D1").equals(improvement.getSourceReference()))
                .singleElement().satisfies(improvement -> assertThat(improvement.getSource()).isEqualTo(ImprovementSource.MANAGEMENT_REVIEW));
        assertThat(context.climateDecisions()).hasSize(2);
        open.awaitTask("reassess-risk", "riskId", ransomware.getId());
        assertThat(reviews.get(id).getDecisions()).extracting(ManagementReview.Decision::ledTo)
                .containsExactly(improvements.all().stream().filter(i -> ("MR-" + period + "-D1").equals(i.getSourceReference())).findFirst()
                        .orElseThrow().getCode(), "review of " + ransomware.getCode() + ", " + ncReference);
        assertThat(reviews.get(id).getCommentary()).containsKey("f");
        assertThat(reviews.get(id).getInputNotes()).containsEntry("f", "Top management asks for a budget proposal");
        assertThat(context.climateDecision().orElseThrow().rationale()).startsWith("Re-confirmed by the management review " + period);

        JsonNode view = rest.withBasicAuth("viewer", "demo").getForObject("/api/management-reviews/" + id, JsonNode.class);
        assertThat(view.at("/inputs/f/figures/0/label").asText()).isEqualTo("Risks");
        assertThat(view.at("/inputsSha256").asText()).isEqualTo(compiled.getInputsSha256());
        assertThat(view.at("/decisions/1/ledTo").asText()).contains(ncReference);
        ResponseEntity<byte[]> pdf = rest.withBasicAuth("viewer", "demo").exchange("/api/management-reviews/" + id + "/minutes", HttpMethod.GET,
                new HttpEntity<>(accept(MediaType.APPLICATION_PDF)), byte[].class);
        assertThat(pdf.getHeaders().getFirst("X-Checksum-SHA256"))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.getBody())))
                .isEqualTo(view.at("/minutesSha256").asText());
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Management review " + period).contains("Buy an offline backup")
                    .contains("Top management asks for a budget proposal");
        }

        // The next quarter's review: the action still open is its input a), each figure with the previous review's value.
        String next = (today.getYear() + 1) + "-Q2";
        long nextId = reviews.request(next, Actor.person("isms-manager")).getId();
        open.awaitTask("prepare-review", "reviewId", nextId);
        InputPack nextPack = reviews.inputsOf(reviews.get(nextId));
        assertThat(nextPack.previousPeriod()).isEqualTo(period);
        assertThat(nextPack.input("a").orElseThrow().figure("Open").orElseThrow()).satisfies(figure -> {
            assertThat(figure.value()).isEqualTo("1");
            assertThat(figure.previous()).isEqualTo("0");
        });
        assertThat(nextPack.input("a").orElseThrow().lines()).singleElement().extracting(InputPack.Line::text).asString()
                .startsWith("MR-" + period + "-A1 Buy an offline backup");
        assertThat(figure(nextPack, "d1", "Open")).isEqualTo("3");
        assertThat(nextPack.input("d1").orElseThrow().figure("Open").orElseThrow().previous()).isEqualTo("1");

        tasks.complete(action.key(), TestUsers.as("risk-owner"), Map.of("actionEvidence", "PO-2027-114: offline backup appliance ordered"));
        await().atMost(PATIENCE).until(() -> actions.get(decided.getId()).getState() == ReviewAction.State.DONE);
    }

    @Test
    @Order(2)
    void aReviewNotHeldByItsDeadlineIsMissedWithOneNonconformity() {
        String period = (LocalDate.now(clock).getYear() + 1) + "-Q3";
        ManagementReview review = reviews.request(period, Actor.person("isms-manager"));
        UserTask prepare = new OpenTasks(inbox).awaitTask("prepare-review", "reviewId", review.getId());

        clock.advance(Duration.between(clock.instant(), review.getPlannedOn().atStartOfDay().toInstant(ZoneOffset.UTC)).plusDays(16));
        await().atMost(PATIENCE).until(() -> escalations.of(prepare.processInstanceKey()).stream()
                .filter(escalation -> "prepare-review".equals(escalation.taskElementId())).map(Escalation::level).toList()
                .containsAll(List.of(Escalation.Level.REMINDER, Escalation.Level.GROUP_MANAGER, Escalation.Level.TOP_MANAGEMENT)));

        clock.advance(Duration.ofDays(20));
        String reference = "MR-" + period + "-missed";
        await().atMost(PATIENCE).until(() -> reviews.get(review.getId()).getStatus() == ReviewStatus.MISSED);
        await().atMost(PATIENCE).until(() -> nonconformities.findByReference(reference).isPresent());
        assertThat(nonconformities.findByReference(reference).orElseThrow()).satisfies(nc -> {
            assertThat(nc.getSeverity()).isEqualTo(Severity.MAJOR);
            assertThat(nc.getSource()).isEqualTo(NonconformitySource.MANAGEMENT_REVIEW);
        });
        assertThat(new OpenTasks(inbox).find("prepare-review", "reviewId", review.getId())).isEmpty();
        reviews.missed(review.getId(), Actor.person("isms-flow"));
        assertThat(nonconformities.find(null, null, null)).filteredOn(nc -> nc.getReference().equals(reference)).hasSize(1);
    }

    @Test
    @Order(3)
    void minutesNotApprovedAndAnActionNotDoneWalkTheEscalationChain() {
        ManagementReview review = reviews.requestExtraordinary("Data breach at a supplier", Actor.person("top-manager"));
        OpenTasks open = new OpenTasks(inbox);
        tasks.complete(open.awaitTask("prepare-review", "reviewId", review.getId()).key(), TestUsers.as("isms-deputy"),
                preparation(List.of("top-manager")));
        Map<String, Object> meeting = new HashMap<>(meeting(LocalDate.now(clock), ""));
        meeting.put("decisions", List.of());
        meeting.put("reviewActions", List.of(Map.of("title", "Audit the supplier's incident response", "owner", "it-operations", "dueDate",
                LocalDate.now(clock).plusDays(1).toString())));
        tasks.complete(open.awaitTask("hold-management-review", "reviewId", review.getId()).key(), TestUsers.as("top-manager"), meeting);
        UserTask approve = open.awaitTask("approve-review-minutes", "reviewId", review.getId());

        clock.advance(Duration.ofDays(15));
        awaitEscalated(approve, "approve-review-minutes");
        tasks.complete(approve.key(), TestUsers.as("board-member"), Map.of("minutesDecision", "approve"));
        await().atMost(PATIENCE).until(() -> !actions.of(review.getId()).isEmpty());
        UserTask action = open.awaitTask("implement-review-action", "actionId", actions.of(review.getId()).getFirst().getId());
        awaitEscalated(action, "implement-review-action");
    }

    private void awaitEscalated(UserTask task, String elementId) {
        await().atMost(PATIENCE).until(() -> escalations.of(task.processInstanceKey()).stream()
                .filter(escalation -> elementId.equals(escalation.taskElementId())).map(Escalation::level).toList()
                .containsAll(List.of(Escalation.Level.REMINDER, Escalation.Level.GROUP_MANAGER, Escalation.Level.TOP_MANAGEMENT)));
    }

    private static String figure(InputPack pack, String input, String label) {
        return pack.input(input).orElseThrow().figure(label).orElseThrow().value();
    }

    private Map<String, Object> preparation(List<String> attendees) {
        return Map.of("agenda", "1. Inputs a to g\n2. The backup risk\n3. Decisions and actions", "meetingOn",
                LocalDate.now(clock).plusDays(10).toString(), "attendees", attendees);
    }

    private static Map<String, Object> meeting(LocalDate today, String riskCode) {
        return Map.of("conclusion", "The ISMS remains suitable and adequate; its effectiveness needs the backup risk treated.",
                "meetingNotes", "d1: one open nonconformity. f: the ransomware risk is above the appetite.", "climateReconfirmed", true,
                "decisions", List.of(Map.of("type", "CONTINUAL_IMPROVEMENT", "text", "Automate the restore test reports", "needsCorrectiveAction", false),
                        Map.of("type", "CHANGE_TO_THE_ISMS", "text", "Backups were not kept offline as the policy requires", "needsCorrectiveAction", true,
                                "riskCode", riskCode)),
                "reviewActions", List.of(Map.of("title", "Buy an offline backup appliance", "owner", "risk-owner", "dueDate",
                        today.plusDays(60).toString(), "decision", 2)));
    }

    private static HttpHeaders accept(MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(type));
        return headers;
    }
}
