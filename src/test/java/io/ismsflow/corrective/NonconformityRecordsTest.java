package io.ismsflow.corrective;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ismsflow.soa.ImplementationStatus;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.TestJob;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The nonconformity records and their API, and the workers' behaviour when a job is delivered twice. */
@IntegrationTest
class NonconformityRecordsTest {

    private static final AtomicLong KEYS = new AtomicLong(5_000_000);

    @Autowired Nonconformities nonconformities;
    @Autowired Clock clock;
    @Autowired ApplyIsmsChangesWorker applyIsmsChanges;
    @Autowired RecordActionPlanWorker recordPlan;
    @Autowired StatementOfApplicability soa;
    @Autowired AuditTrail trail;
    @Autowired TestRestTemplate rest;
    TestRestTemplate http;
    @Autowired ObjectMapper json;

    @BeforeEach
    void signIn() {
        http = rest.withBasicAuth("isms-manager", "demo");
    }

    @Test
    void applyingIsmsChangesTwiceForTheSameJobChangesTheIsmsOnce() {
        Nonconformity nc = implementedNonconformity(new PlannedAction("Finish logging rollout", "risk-owner",
                LocalDate.now(clock).plusDays(5), null, null, null, null, null, null, "8.16", ImplementationStatus.IMPLEMENTED, true));
        TestJob job = job("apply-isms-changes");

        var first = applyIsmsChanges.applyIsmsChanges(job, nc.getId(), "P90D", "isms-manager");
        var second = applyIsmsChanges.applyIsmsChanges(job, nc.getId(), "P90D", "isms-manager");

        assertThat(first).containsEntry("appliedIsmsChanges", 2);
        assertThat(second).containsEntry("appliedIsmsChanges", 0);
        assertThat(soa.get("8.16").getImplementationStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
        assertThat(trail.find("control", "8.16")).filteredOn(entry -> entry.jobKey() != null && entry.jobKey() == job.key())
                .extracting(entry -> entry.action()).containsExactly("applicable-for-corrective-action", "status-changed");
        assertThat(nonconformities.get(nc.getId()).getState()).isEqualTo(NonconformityState.AWAITING_EFFECTIVENESS);
    }

    @Test
    void recordingThePlanTwiceForTheSameRoundPlansItOnce() {
        Nonconformity nc = analysedNonconformity();
        var plan = new RecordActionPlanWorker.PlanSubmission(List.of(new PlannedAction("Train the team", "risk-owner",
                LocalDate.now(clock).plusDays(5), null, null, null, null, null, null, null, null, null)));
        TestJob job = job("record-action-plan");

        var first = recordPlan.recordPlan(job, nc.getId(), plan, "risk-owner");
        var second = recordPlan.recordPlan(job, nc.getId(), plan, "risk-owner");

        assertThat(second.actions()).isEqualTo(first.actions());
        assertThat(nonconformities.actionsOf(nc.getId())).hasSize(1);
    }

    @Test
    void raisingNeedsValidInputNamingEachField() {
        ObjectNode draft = validDraft();
        draft.put("severity", "CATASTROPHIC");
        assertThat(post(draft).getBody().get("errors").findValuesAsText("field")).containsExactly("severity");

        ObjectNode unknownControl = validDraft();
        unknownControl.putArray("controls").add("5.1").add("5.99");
        unknownControl.put("title", "");
        ResponseEntity<JsonNode> response = post(unknownControl);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("title");

        unknownControl.put("title", "Something went wrong");
        response = post(unknownControl);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("controls[1]");
        assertThat(response.getBody().get("detail").asText()).contains("Control 5.99 does not exist in the SoA");
    }

    @Test
    void raisesListsAndShowsNonconformities() {
        ObjectNode draft = validDraft().put("reference", "INC-" + System.nanoTime()).put("severity", "MAJOR");

        ResponseEntity<JsonNode> created = post(draft);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().get("id").asLong();
        assertThat(created.getBody().get("code").asText()).matches("NC-\\d{4}");
        assertThat(post(draft).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        assertThat(ids("/api/nonconformities?severity=MAJOR")).contains(id);
        assertThat(ids("/api/nonconformities?severity=MINOR")).doesNotContain(id);
        assertThat(ids("/api/nonconformities?state=RAISED&severity=MAJOR")).contains(id);
        assertThat(ids("/api/nonconformities?olderThanDays=1")).doesNotContain(id);
        assertThat(http.getForEntity("/api/nonconformities?state=LOST", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        JsonNode view = http.getForObject("/api/nonconformities/" + id, JsonNode.class);
        assertThat(view.at("/nonconformity/source").asText()).isEqualTo("INCIDENT");
        assertThat(view.at("/timeline/0/step").asText()).isEqualTo("raised");
        assertThat(view.at("/timeline/0/by").asText()).isEqualTo("isms-manager");
        assertThat(http.getForEntity("/api/nonconformities/999999", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String code = created.getBody().get("code").asText();
        assertThat(http.getForObject("/nonconformities", String.class)).contains(code);
        assertThat(http.getForObject("/nonconformities/" + id, String.class)).contains(code).contains("Phishing mail not reported")
                .contains("raised the nonconformity");
    }

    @Test
    void raisesANonconformityFromThePage() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("title", "Visitor badges not returned");
        form.add("description", "Three visitor badges were not returned in November");
        form.add("source", "MANUAL");
        form.add("severity", "MINOR");
        form.add("owner", "risk-owner");
        form.add("controls", "7.2, 7.99");

        ResponseEntity<String> refused = http.postForEntity("/nonconformities", form, String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getBody()).contains("Control 7.99 does not exist in the SoA");

        form.set("controls", "7.2");
        form.set("title", "Visitor badges not returned " + System.nanoTime());
        http.postForEntity("/nonconformities", form, String.class);
        Nonconformity raised = nonconformities.find(null, null, null).stream()
                .filter(nc -> nc.getTitle().equals(form.getFirst("title"))).findFirst().orElseThrow();
        assertThat(raised.getControls()).containsExactly("7.2");
        assertThat(raised.getRaisedBy()).isEqualTo("isms-manager");
        assertThat(rest.withBasicAuth("viewer", "demo").postForEntity("/nonconformities", form, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private Nonconformity analysedNonconformity() {
        Nonconformity nc = nonconformities.raise(new NonconformityDraft(null, NonconformitySource.MANUAL, null, "Records test",
                "Found in a test", null, Severity.MINOR, "risk-owner", List.of(), List.of()), Actor.person("test"));
        nonconformities.contain(nc.getId(), "Contained", null, Actor.person("risk-owner"));
        return nonconformities.analyse(nc.getId(), new RootCause(RootCauseMethod.OTHER, "No owner", false, null), List.of(),
                Actor.person("risk-owner"));
    }

    private Nonconformity implementedNonconformity(PlannedAction action) {
        Nonconformity nc = analysedNonconformity();
        List<CorrectiveAction> actions = nonconformities.plan(nc.getId(), List.of(action), Actor.person("risk-owner"));
        nonconformities.reviewPlan(nc.getId(), true, null, Actor.person("isms-manager"));
        actions.forEach(planned -> nonconformities.implement(planned.getId(), "CHG-1", null, Actor.person("risk-owner")));
        return nonconformities.get(nc.getId());
    }

    private ObjectNode validDraft() {
        return json.createObjectNode()
                .put("source", "INCIDENT")
                .put("sourceReference", "INC-2026-044")
                .put("title", "Phishing mail not reported")
                .put("description", "A user clicked a phishing link and did not report it for two days")
                .put("severity", "MINOR")
                .put("owner", "risk-owner");
    }

    private ResponseEntity<JsonNode> post(JsonNode body) {
        return http.postForEntity("/api/nonconformities", new HttpEntity<>(body), JsonNode.class);
    }

    private List<Long> ids(String url) {
        return http.getForObject(url, JsonNode.class).findValues("id").stream().map(JsonNode::asLong).toList();
    }

    private static TestJob job(String type) {
        long key = KEYS.addAndGet(2);
        return new TestJob(key, type, key + 1, "corrective-action", type);
    }
}
