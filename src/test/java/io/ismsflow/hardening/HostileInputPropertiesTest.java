package io.ismsflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.RiskReviews;
import io.ismsflow.risk.Treatment;
import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.TaskQuery;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.spring.JqwikSpringSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every write endpoint of the API, fed valid bodies broken in one to three places (a field null, of the wrong type,
 * huge, in odd Unicode, out of range, an impossible date, missing, or a field the API does not know) and now and
 * then no JSON at all: never a server error, every refusal a problem detail, and a refused request changes
 * nothing. In a context of its own, so that no other test's work changes the records watched.
 */
@JqwikSpringSupport
@IsolatedIntegrationTest
class HostileInputPropertiesTest {

    /** Stands for the record's version at the moment the request is sent (a valid body must name it). */
    private enum Current { VERSION }

    /** Stands for the day so many days from the app's today when the request is sent (jqwik makes the bodies before Spring injects the clock). */
    private record Day(int fromToday) { }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired RiskRegister risks;
    @Autowired RiskReviews reviews;
    @Autowired TaskInbox inbox;
    @Autowired Clock clock;

    @Property
    void identifyingARisk(@ForAll("risks") Map<String, Object> body) {
        refusedChangesNothing("POST", "/api/risks", body, () -> count("risk"));
    }

    @Property
    void editingARisk(@ForAll("risks") Map<String, Object> body) {
        long id = riskToEdit();
        body.putIfAbsent("version", Current.VERSION);
        refusedChangesNothing("PUT", "/api/risks/" + id, withVersion(body, risks.get(id).getVersion()),
                () -> risks.get(id).getVersion());
    }

    @Property
    void addingAnOwnControl(@ForAll("ownControls") Map<String, Object> body) {
        refusedChangesNothing("POST", "/api/controls", body, () -> count("control"));
    }

    @Property
    void decidingOnAControl(@ForAll("controlDecisions") Map<String, Object> body) {
        Supplier<Object> version = () -> jdbc.queryForObject("select version from control where id = '5.2'", Long.class);
        refusedChangesNothing("PUT", "/api/controls/5.2", withVersion(body, (Long) version.get()), version);
    }

    @Property
    void raisingANonconformity(@ForAll("nonconformities") Map<String, Object> body) {
        refusedChangesNothing("POST", "/api/nonconformities", body, () -> count("nonconformity"));
    }

    @Property
    void namingADelegate(@ForAll("delegations") Map<String, Object> body) {
        refusedChangesNothing("POST", "/api/delegations", body, () -> count("delegation"));
    }

    @Property
    void completingATask(@ForAll("reassessments") Map<String, Object> body) {
        UserTask task = openReassessmentOf("isms-manager");
        refusedChangesNothing("POST", "/api/tasks/" + task.key() + "/complete", body, () -> inbox.find(task.key()).isPresent());
    }

    @Property
    void reassigningATask(@ForAll("assignments") Map<String, Object> body) {
        UserTask task = openReassessmentOf(null);
        refusedChangesNothing("POST", "/api/tasks/" + task.key() + "/assign", body,
                () -> inbox.find(task.key()).map(details -> String.valueOf(details.task().assignee())).orElse("closed"));
    }

    // --- valid bodies, broken

    @Provide
    Arbitrary<Map<String, Object>> risks() {
        return hostile(map("title", "Stolen laptop", "asset", "Sales laptops", "threat", "Theft", "vulnerability", "No disk encryption",
                "confidentiality", true, "owner", "risk-owner", "likelihood", 3, "impact", 4, "treatment", "MODIFY",
                "residualLikelihood", 1, "residualImpact", 4, "nextReviewDue", new Day(180)));
    }

    @Provide
    Arbitrary<Map<String, Object>> ownControls() {
        return hostile(map("id", "ORG-7", "title", "Clean desk checks", "theme", "ORGANIZATIONAL"));
    }

    @Provide
    Arbitrary<Map<String, Object>> controlDecisions() {
        return hostile(map("applicable", true, "inclusionReasons", List.of("RISK"), "inclusionJustification", "Risk R-001",
                "implementationStatus", "PARTIAL", "owner", "isms-manager", "evidence", List.of("Policy v2"),
                "lastVerifiedAt", new Day(-30), "version", Current.VERSION));
    }

    @Provide
    Arbitrary<Map<String, Object>> nonconformities() {
        return hostile(map("source", "MANUAL", "title", "Visitor log incomplete", "description", "No entries for three days",
                "severity", "MINOR", "owner", "risk-owner", "controls", List.of("5.15"), "risks", List.of()));
    }

    @Provide
    Arbitrary<Map<String, Object>> delegations() {
        return hostile(map("delegate", "isms-deputy", "startsOn", new Day(1), "endsOn", new Day(365)));
    }

    @Provide
    Arbitrary<Map<String, Object>> reassessments() {
        return hostile(map("likelihood", 3, "impact", 3, "treatment", "MODIFY", "treatmentControls", "5.15",
                "residualLikelihood", 2, "residualImpact", 2, "notes", "Reviewed", "ownerAccepts", true));
    }

    @Provide
    Arbitrary<Map<String, Object>> assignments() {
        return hostile(map("assignee", "it-operations"));
    }

    private static Arbitrary<Map<String, Object>> hostile(Map<String, Object> valid) {
        List<String> fields = new ArrayList<>(valid.keySet());
        Arbitrary<Consumer<Map<String, Object>>> breakage = Arbitraries.oneOf(
                Arbitraries.of(fields).flatMap(field -> hostileValues().map(value -> body -> body.put(field, value))),
                Arbitraries.of(fields).map(field -> body -> body.remove(field)),
                hostileValues().map(value -> body -> body.put("unexpected", value)));
        return breakage.list().ofMinSize(1).ofMaxSize(3).map(breaks -> {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            breaks.forEach(change -> change.accept(body));
            return body;
        });
    }

    private static Arbitrary<Object> hostileValues() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(NullNode.getInstance())),
                Tuple.of(2, Arbitraries.integers().map(Object.class::cast)),
                Tuple.of(1, Arbitraries.of(-1, 0, 6, 1.5, -0.0, Long.MAX_VALUE, Long.MIN_VALUE, 1e308, -1e308)),
                Tuple.of(1, Arbitraries.of(true, false)),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40).map(Object.class::cast)),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4_000).ofMaxLength(70_000).map(Object.class::cast)),
                Tuple.of(2, Arbitraries.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "2026-02-30", "12345", "1999-12-31",
                        "<script>alert(1)</script>", "'; drop table risk; --", "\u202Eevil", "\u0000", "it-ops", "5.99", "R-999",
                        "💥".repeat(500), "MODIFY ", "modify", "")),
                Tuple.of(1, Arbitraries.of(List.of(), List.of(NullNode.getInstance()), List.of(1, "x"), Map.of("nested", Map.of()))));
    }

    // --- sending and watching

    /**
     * Sends the body as isms-manager (who may call every endpoint) and checks the answer: no server error; a
     * refusal is a problem detail, and what the request could have changed is as it was.
     */
    private void refusedChangesNothing(String method, String path, Map<String, Object> body, Supplier<Object> watched) {
        Object before = watched.get();
        HttpResponse<String> response = send(method, path, body);

        assertThat(response.statusCode()).as("%s %s %s → %s", method, path, body, response.body()).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(watched.get()).as("refused %s %s %s", method, path, body).isEqualTo(before);
        }
    }

    private HttpResponse<String> send(String method, String path, Map<String, Object> body) {
        try {
            body.replaceAll((field, value) -> value instanceof Day day ? LocalDate.now(clock).plusDays(day.fromToday()).toString() : value);
            String text = json.writeValueAsString(body);
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("isms-manager:demo".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, Long version) {
        body.replaceAll((field, value) -> value == Current.VERSION ? version : value);
        return body;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private long riskToEdit() {
        return risks.findByCode("R-001").map(Risk::getId).orElseGet(() -> newRisk("A risk to edit").getId());
    }

    /**
     * An open reassessment (assigned to the given person, if one is named) of a risk isms-manager owns; a new one once
     * a valid body completed or handed on the last.
     */
    private UserTask openReassessmentOf(String assignee) {
        return inbox.list(TaskQuery.all()).stream()
                .filter(task -> task.elementId().equals("reassess-risk"))
                .filter(task -> assignee == null || assignee.equals(task.assignee()))
                .findFirst().orElseGet(() -> {
            Risk risk = newRisk("A risk under review");
            reviews.start(risk.getId(), "isms-manager");
            return new OpenTasks(inbox).awaitTask("reassess-risk", "riskId", risk.getId());
        });
    }

    private Risk newRisk(String title) {
        return risks.identify(new RiskDraft(title, null, "Asset", "Threat", "Vulnerability", true, false, false, "isms-manager",
                3, 3, Treatment.MODIFY, null, 2, 2, LocalDate.now(clock).plusYears(1), null), Actor.person("test"));
    }

    private static Map<String, Object> map(Object... fieldsAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            map.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return map;
    }
}
