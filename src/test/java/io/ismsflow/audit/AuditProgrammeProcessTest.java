package io.ismsflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.ismsflow.corrective.CorrectiveActionProcess;
import io.ismsflow.corrective.CorrectiveSteps;
import io.ismsflow.corrective.Nonconformities;
import io.ismsflow.corrective.Nonconformity;
import io.ismsflow.corrective.NonconformitySource;
import io.ismsflow.corrective.NonconformityState;
import io.ismsflow.corrective.Severity;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.escalation.Escalation;
import io.ismsflow.escalation.Escalations;
import io.ismsflow.evidence.FrozenDocuments;
import io.ismsflow.measurement.ImprovementSource;
import io.ismsflow.measurement.Improvements;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.soa.ControlAudits;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.support.EngineRecords;
import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.tasks.UserTask;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.RefusedException;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.HexFormat;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A year of the internal audit (9.2) on the engine with the real workers and database: the programme planned from the
 * universe (the riskiest area first, every area never audited included, each with its reasons), changed and approved;
 * two audits planned, conducted and reported, one with a nonconformity and an improvement, one without findings; the
 * report's four eyes; the nonconformity through its corrective-action loop; the audit closing when it closes; the
 * programme's report acknowledged by top management. In a context of its own: it walks the clock through the year.
 */
@Tag("calendar")
@IsolatedIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditProgrammeProcessTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired TestRestTemplate rest;
    @Autowired AuditProgrammes programmes;
    @Autowired Audits audits;
    @Autowired AuditUniverse universe;
    @Autowired AuditFindings findings;
    @Autowired Escalations escalations;
    @Autowired RiskRegister risks;
    @Autowired StatementOfApplicability soa;
    @Autowired Nonconformities nonconformities;
    @Autowired CorrectiveActionProcess corrective;
    @Autowired Improvements improvements;
    @Autowired ControlAudits controlAudits;
    @Autowired FrozenDocuments frozen;
    @Autowired Tasks tasks;
    @Autowired TaskInbox inbox;
    @Autowired ZeebeTestEngine engine;
    @Autowired EngineClock clock;
    @Value("${isms.escalation.escalate-to-top-after}") Duration escalateToTopAfter;

    /** Runs after the test of this year's programme, whose clock it moves into the next year. */
    @Test
    @Order(2)
    void aYearOfInternalAuditFromProgrammeToClosedNonconformity() throws IOException, NoSuchAlgorithmException {
        Risk laptops = risks.identify(new RiskDraft("Unpatched laptops", null, "Laptops", "Malware", "Patches lag", true, true, true,
                "risk-owner", 5, 5, Treatment.MODIFY, null, 5, 4, LocalDate.now(clock).plusMonths(6), null), Actor.person("isms-manager"));
        soa.applyRiskTreatment(laptops.getId(), risks.get(laptops.getId()).getCode(), List.of("8.8"), Actor.person("isms-manager"));
        int cycle = LocalDate.now(clock).getYear() + 1;
        AuditArea endpoints = universe.all().stream().filter(area -> area.getName().startsWith("Endpoints")).findFirst().orElseThrow();
        Map<String, Object> owned = Map.of("id", endpoints.getId(), "version", endpoints.getVersion(), "area", Map.of("name", endpoints.getName(),
                "description", endpoints.getDescription(), "owner", "risk-owner", "importance", 5, "requirements", endpoints.getRequirements(),
                "retired", false));
        assertThat(put("/api/audit-universe", "isms-manager", List.of(owned)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(put("/api/audit-universe", "isms-manager", List.of(owned)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<JsonNode> requested = manager().postForEntity("/api/audit-programmes", Map.of("cycle", cycle), JsonNode.class);
        assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(manager().postForEntity("/api/audit-programmes", Map.of("cycle", cycle), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(rest.withBasicAuth("auditor", "demo").postForEntity("/api/audit-programmes", Map.of("cycle", cycle), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        long programmeId = programmes.ofCycle(cycle).getId();

        OpenTasks open = new OpenTasks(inbox);
        UserTask approval = open.awaitTask("approve-audit-programme", "programmeId", programmeId);
        List<Audit> proposed = programmes.auditsOf(programmeId);
        assertThat(proposed).hasSize(11).allSatisfy(audit -> {
            assertThat(audit.getReasons()).contains("never audited");
            assertThat(audit.getWindowStart().getYear()).isEqualTo(cycle);
        });
        Audit riskiest = proposed.stream().filter(audit -> audit.getCode().equals("IA-%d-01".formatted(cycle))).findFirst().orElseThrow();
        assertThat(audits.areaOf(riskiest).getName()).isEqualTo("Endpoints, access and cryptography");
        assertThat(riskiest.getReasons()).contains("highest residual risk on its controls: critical", "importance 5 of 5");
        Audit second = proposed.stream().filter(audit -> audit.getCode().equals("IA-%d-02".formatted(cycle))).findFirst().orElseThrow();
        for (Audit other : proposed) {
            if (other != riskiest && other != second) {
                assertThat(put("/api/audits/" + other.getId() + "/window", "isms-manager", Map.of("windowStart", cycle + "-03-01",
                        "windowEnd", cycle + "-03-31", "reason", "x", "version", 99)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
                assertThat(manager().postForEntity("/api/audits/" + other.getId() + "/drop", Map.of("reason",
                        "Covered by the certification audit this year", "version", other.getVersion()), JsonNode.class).getStatusCode())
                        .isEqualTo(HttpStatus.OK);
            }
        }
        tasks.complete(approval.key(), TestUsers.as("isms-manager"), Map.of("approvalNote", "Two audits this year; the rest next year"));
        await().atMost(PATIENCE).until(() -> programmes.auditsOf(programmeId).stream().filter(audit -> audit.getState() == AuditState.PLANNED)
                .count() == 2);

        advanceTo(startOf(riskiest.getWindowStart()).plus(Duration.ofHours(1)));
        UserTask plan = open.awaitTask("plan-audit", "auditId", riskiest.getId());
        assertThatThrownBy(() -> tasks.complete(plan.key(), TestUsers.as("auditor"), planOf("auditor", "A.8.8, A.8.7, 9.9")))
                .hasMessageContaining("9.9 is neither a clause");
        tasks.complete(plan.key(), TestUsers.as("auditor"), planOf("auditor", "A.8.8, A.8.7, A.8.5"));
        UserTask conduct = open.awaitTask("conduct-audit", "auditId", riskiest.getId());
        assertThat(conduct.assignee()).isEqualTo("auditor");
        assertThat(audits.get(riskiest.getId()).getChecklist()).extracting(ChecklistRow::requirement).containsExactly("A.8.5", "A.8.7", "A.8.8");

        Actor auditor = Actor.person("auditor");
        assertThatThrownBy(() -> tasks.complete(conduct.key(), TestUsers.as("auditor"), Map.of()))
                .hasMessageContaining("has no result for A.8.5, A.8.7, A.8.8");
        audits.recordRow(riskiest.getId(), 0, new ChecklistEntry(ChecklistResult.MAJOR_NC, "Identity provider: 40 of 212 accounts without MFA",
                "212 accounts", null, null), auditor);
        audits.recordRow(riskiest.getId(), 1, new ChecklistEntry(ChecklistResult.CONFORMING, "EDR console: all 212 endpoints reporting",
                "20 endpoints", null, null), auditor);
        audits.recordRow(riskiest.getId(), 2, new ChecklistEntry(ChecklistResult.MINOR_NC, "Patch report of 14 March",
                "25 laptops", "9 of 25 laptops missed the February patches", null), auditor);
        assertThatThrownBy(() -> audits.addFinding(riskiest.getId(), new FindingDraft(FindingType.MINOR_NC, "A.8.7", "No", null), auditor))
                .hasMessageContaining("only on a row recorded as a major or minor nonconformity");
        audits.addFinding(riskiest.getId(), new FindingDraft(FindingType.MINOR_NC, "A.8.8",
                "Critical patches are not installed within the 14 days the patch policy sets", "9 of 25 sampled laptops"), auditor);
        audits.addFinding(riskiest.getId(), new FindingDraft(FindingType.OPPORTUNITY_FOR_IMPROVEMENT, "A.8.7",
                "Block unsigned macros by policy rather than by user training alone", null), auditor);
        assertThatThrownBy(() -> tasks.complete(conduct.key(), TestUsers.as("auditor"), Map.of()))
                .hasMessageContaining("need a nonconformity for A.8.5");
        audits.addFinding(riskiest.getId(), new FindingDraft(FindingType.MAJOR_NC, "A.8.5",
                "Multi-factor authentication is not enforced for 40 accounts, against the access control policy", "Identity provider report"), auditor);
        audits.addFinding(riskiest.getId(), new FindingDraft(FindingType.OBSERVATION, "A.8.7",
                "Two endpoints reported late after holidays; no gap in protection", null), auditor);
        audits.addFinding(riskiest.getId(), new FindingDraft(FindingType.GOOD_PRACTICE, "A.8.7",
                "EDR alerts reach the on-call engineer within a minute", null), auditor);
        tasks.complete(conduct.key(), TestUsers.as("auditor"), Map.of());

        tasks.complete(open.awaitTask("write-audit-report", "auditId", riskiest.getId()).key(), TestUsers.as("auditor"), Map.of(
                "reportSummary", "Endpoint protection and patching audited by interview, console review and a sample of 25 laptops.",
                "reportConclusion", "Malware protection conforms; patching does not meet the policy: one minor nonconformity."));
        UserTask review = open.awaitTask("approve-audit-report", "auditId", riskiest.getId());
        CurrentUser leadAlsoManager = new CurrentUser("auditor", Set.of(Groups.AUDITORS, Groups.ISMS_MANAGERS));
        assertThatThrownBy(() -> tasks.complete(review.key(), leadAlsoManager, Map.of("reportDecision", "approve")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("four eyes");
        assertThatThrownBy(() -> tasks.complete(review.key(), TestUsers.as("isms-manager"), Map.of("reportDecision", "reject")))
                .hasMessageContaining("say what needs to change");
        tasks.complete(review.key(), TestUsers.as("isms-manager"), Map.of("reportDecision", "reject",
                "reportDecisionReason", "Name the patch policy's document code in the conclusion"));
        tasks.complete(open.awaitTask("write-audit-report", "auditId", riskiest.getId()).key(), TestUsers.as("auditor"), Map.of(
                "reportSummary", "Endpoint protection and patching audited by interview, console review and a sample of 25 laptops.",
                "reportConclusion", "Malware protection conforms; patching does not meet POL-007: one minor nonconformity."));
        tasks.complete(open.awaitTask("approve-audit-report", "auditId", riskiest.getId()).key(), TestUsers.as("isms-manager"),
                Map.of("reportDecision", "approve"));

        String reference = "IA-%d-01-F1".formatted(cycle);
        await().atMost(PATIENCE).until(() -> nonconformities.findByReference(reference).isPresent());
        Nonconformity nc = nonconformities.findByReference(reference).orElseThrow();
        assertThat(nc.getSource()).isEqualTo(NonconformitySource.INTERNAL_AUDIT);
        assertThat(nc.getSourceReference()).isEqualTo(riskiest.getCode());
        assertThat(nc.getSeverity()).isEqualTo(Severity.MINOR);
        String majorReference = "IA-%d-01-F3".formatted(cycle);
        await().atMost(PATIENCE).until(() -> nonconformities.findByReference(majorReference).isPresent());
        Nonconformity major = nonconformities.findByReference(majorReference).orElseThrow();
        assertThat(major.getSeverity()).isEqualTo(Severity.MAJOR);
        assertThat(major.getOwner()).isEqualTo("risk-owner");
        assertThat(improvements.all()).filteredOn(improvement -> "IA-%d-01-F2".formatted(cycle).equals(improvement.getSourceReference()))
                .singleElement().satisfies(improvement -> assertThat(improvement.getSource()).isEqualTo(ImprovementSource.INTERNAL_AUDIT));
        await().atMost(PATIENCE).until(() -> controlAudits.latest("8.8").isPresent());
        assertThat(controlAudits.latest("8.8").orElseThrow().result()).isEqualTo("MINOR_NC");
        open.awaitTask("contain-and-correct", "nonconformityId", nc.getId());
        assertThat(findings.record(riskiest.getId(), Actor.person("isms-flow"))).containsExactly(reference, majorReference);
        assertThat(open.all("contain-and-correct", "nonconformityId", nc.getId())).hasSize(1);
        Audit reported = audits.get(riskiest.getId());
        assertThat(reported.getState()).isEqualTo(AuditState.REPORTED);
        assertThat(reported.getReportApprovedBy()).isEqualTo("isms-manager");

        ResponseEntity<byte[]> pdf = rest.withBasicAuth("viewer", "demo").exchange("/api/audits/" + riskiest.getId() + "/report", HttpMethod.GET,
                new HttpEntity<>(headers(MediaType.APPLICATION_PDF)), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getFirst("X-Checksum-SHA256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.getBody())))
                .isEqualTo(frozen.get(reported.getReportDocument()).pdfSha256());
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            assertThat(new PDFTextStripper().getText(document)).contains(riskiest.getCode()).contains("Critical patches are not installed");
        }
        assertThat(rest.withBasicAuth("auditor", "demo").postForEntity("/api/audits/" + riskiest.getId() + "/acknowledge", null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("top-manager", "demo").postForEntity("/api/audits/" + riskiest.getId() + "/acknowledge", null,
                JsonNode.class).getBody().at("/audit/acknowledgedBy").asText()).isEqualTo("top-manager");
        JsonNode view = rest.withBasicAuth("viewer", "demo").getForObject("/api/audits/" + riskiest.getId(), JsonNode.class);
        assertThat(view.at("/findings/0/reference").asText()).isEqualTo(reference);
        assertThat(view.at("/findings/0/nonconformityId").asLong()).isEqualTo(nc.getId());

        // The second audit finds nothing: it says so explicitly.
        UserTask secondPlan = open.awaitTask("plan-audit", "auditId", second.getId());
        tasks.complete(secondPlan.key(), TestUsers.as("auditor-2"), planOf("auditor-2", "6.1.2, 6.1.3"));
        UserTask secondConduct = open.awaitTask("conduct-audit", "auditId", second.getId());
        for (int row = 0; row < 2; row++) {
            audits.recordRow(second.getId(), row, new ChecklistEntry(ChecklistResult.CONFORMING, "Risk register and criteria v3 reviewed", null,
                    null, null), Actor.person("auditor-2"));
        }
        assertThatThrownBy(() -> tasks.complete(secondConduct.key(), TestUsers.as("auditor-2"), Map.of()))
                .hasMessageContaining("an audit with no finding states that what it audited conforms");
        tasks.complete(secondConduct.key(), TestUsers.as("auditor-2"), Map.of("conformityStatement",
                "Risk assessment and treatment conform to 6.1.2 and 6.1.3: criteria approved, every risk assessed with them"));
        tasks.complete(open.awaitTask("write-audit-report", "auditId", second.getId()).key(), TestUsers.as("auditor-2"), Map.of(
                "reportSummary", "Risk assessment and treatment audited against 6.1.2 and 6.1.3.", "reportConclusion",
                "The process conforms and is effective: no finding."));
        tasks.complete(open.awaitTask("approve-audit-report", "auditId", second.getId()).key(), TestUsers.as("isms-deputy"),
                Map.of("reportDecision", "approve"));
        await().atMost(PATIENCE).until(() -> audits.get(second.getId()).getState() == AuditState.CLOSED);

        UserTask acknowledge = open.awaitTask("acknowledge-programme-report", "programmeId", programmeId);
        assertThat(acknowledge.candidateGroups()).containsExactly("top-management");
        tasks.complete(acknowledge.key(), TestUsers.as("top-manager"), Map.of("acknowledgementNote", "Repeat the endpoint audit next year"));
        await().atMost(PATIENCE).until(() -> programmes.get(programmeId).getAcknowledgedBy() != null);
        assertThat(programmes.get(programmeId).getStatus()).isEqualTo(ProgrammeStatus.COMPLETED);
        assertThat(audits.get(riskiest.getId()).getState()).isEqualTo(AuditState.REPORTED);

        // Follow-up: the audit closes when both its nonconformities have gone through the corrective-action loop.
        CorrectiveSteps steps = new CorrectiveSteps(corrective, nonconformities, tasks, open, clock);
        for (Nonconformity raised : List.of(nc, major)) {
            steps.contain(raised);
            steps.analyse(raised);
            steps.planOne(raised, "Enforce the policy in the MDM and the identity provider");
            steps.approve(raised);
            steps.implementAll(raised, "risk-owner");
            steps.awaitState(raised, NonconformityState.AWAITING_EFFECTIVENESS);
        }
        clock.advance(Duration.ofDays(100));
        steps.verify(nc, "auditor-2", "effective", "All laptops patched within 14 days for three months");
        steps.awaitState(nc, NonconformityState.CLOSED);
        assertThat(audits.get(riskiest.getId()).getState()).isEqualTo(AuditState.REPORTED);
        steps.verify(major, "auditor-2", "effective", "MFA enforced for every account since April");
        await().atMost(PATIENCE).until(() -> audits.get(riskiest.getId()).getState() == AuditState.CLOSED);
        await().atMost(PATIENCE).until(() -> new EngineRecords(engine).isCompleted(approval.processInstanceKey()));
        assertThat(new EngineRecords(engine).incidentMessages(approval.processInstanceKey())).isEmpty();
    }

    @Test
    @Order(1)
    void anAuditorWhoOwnsTheAreaIsReplacedAndAnAuditNotDoneInItsWindowEscalates() {
        AuditArea people = universe.all().stream().filter(area -> area.getName().equals("People")).findFirst().orElseThrow();
        universe.change(List.of(new AuditUniverse.AreaChange(people.getId(), people.getVersion(), new AreaDraft(people.getName(),
                people.getDescription(), "auditor", 5, people.getRequirements(), false))), Actor.person("isms-manager"));
        long programmeId = programmes.request(LocalDate.now(clock).getYear(), Actor.person("isms-manager")).getId();
        OpenTasks open = new OpenTasks(inbox);
        UserTask approval = open.awaitTask("approve-audit-programme", "programmeId", programmeId);
        Audit audit = programmes.auditsOf(programmeId).stream().filter(proposed -> proposed.getArea() == people.getId()).findFirst().orElseThrow();
        programmes.auditsOf(programmeId).stream().filter(other -> !other.getId().equals(audit.getId()))
                .forEach(other -> programmes.drop(other.getId(), "Not this year", other.getVersion(), Actor.person("isms-manager")));
        tasks.complete(approval.key(), TestUsers.as("isms-manager"), Map.of());
        advanceTo(startOf(audit.getWindowStart()).plus(Duration.ofHours(1)));

        tasks.complete(open.awaitTask("plan-audit", "auditId", audit.getId()).key(), TestUsers.as("auditor"), planOf("auditor", "A.6.3"));
        UserTask reassign = open.awaitTask("reassign-auditors", "auditId", audit.getId());
        assertThat(reassign.candidateGroups()).containsExactly("isms-managers");
        assertThat(audits.get(audit.getId()).getIndependenceProblem()).startsWith("Anna Auditor owns the area People")
                .contains("may not audit their own work");
        tasks.complete(reassign.key(), TestUsers.as("isms-manager"), Map.of("leadAuditor", "auditor-2", "auditTeam", List.of()));
        tasks.complete(open.awaitTask("plan-audit", "auditId", audit.getId()).key(), TestUsers.as("auditor-2"), planOf("auditor-2", "A.6.3"));
        UserTask conduct = open.awaitTask("conduct-audit", "auditId", audit.getId());
        assertThat(conduct.assignee()).isEqualTo("auditor-2");
        assertThat(audits.get(audit.getId()).getIndependenceProblem()).isNull();
        assertThat(audits.trailOf(audit.getId())).extracting(TrailEntry::action).contains("found-not-independent", "reassigned");

        // The fieldwork is due when the window ends; top management hears of it escalate-to-top-after later.
        advanceTo(startOf(audits.get(audit.getId()).getWindowEnd().plusDays(1)).plus(escalateToTopAfter).plus(Duration.ofHours(1)));
        await().atMost(PATIENCE).until(() -> escalations.of(conduct.processInstanceKey()).stream()
                .filter(escalation -> "conduct-audit".equals(escalation.taskElementId())).map(Escalation::level).toList()
                .containsAll(List.of(Escalation.Level.REMINDER, Escalation.Level.GROUP_MANAGER, Escalation.Level.TOP_MANAGEMENT)));
        assertThat(open.find("conduct-audit", "auditId", audit.getId())).isPresent();
    }

    private void advanceTo(Instant instant) {
        if (instant.isAfter(clock.instant())) {
            clock.advance(Duration.between(clock.instant(), instant));
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private Map<String, Object> planOf(String lead, String criteria) {
        LocalDate today = LocalDate.now(clock);
        return Map.of("leadAuditor", lead, "auditTeam", List.of(), "auditees", List.of("it-operations"), "planScope",
                "Laptops and servers of the head office", "planCriteria", criteria, "auditMethods", List.of("INTERVIEWS", "SAMPLING"),
                "sampleSize", 25, "plannedStart", today.plusDays(2).toString(), "plannedEnd", today.plusDays(4).toString());
    }

    private ResponseEntity<JsonNode> put(String path, String user, Object body) {
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
    }

    private static HttpHeaders headers(MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(accept));
        return headers;
    }

    private TestRestTemplate manager() {
        return rest.withBasicAuth("isms-manager", "demo");
    }
}
