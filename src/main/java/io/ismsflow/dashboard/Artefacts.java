package io.ismsflow.dashboard;

import io.ismsflow.audit.AuditProgrammes;
import io.ismsflow.audit.Audits;
import io.ismsflow.context.IsmsRoles;
import io.ismsflow.context.IsmsScope;
import io.ismsflow.context.IssueStatus;
import io.ismsflow.context.OrganisationContext;
import io.ismsflow.documents.Document;
import io.ismsflow.documents.DocumentRegister;
import io.ismsflow.measurement.Improvements;
import io.ismsflow.measurement.MetricSource;
import io.ismsflow.measurement.Objectives;
import io.ismsflow.review.ManagementReview;
import io.ismsflow.review.ManagementReviews;
import io.ismsflow.review.ReviewStatus;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.TreatmentPlans;
import io.ismsflow.soa.SoaIssues;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clause 4–10 artefact map: for each clause the documented information an auditor asks for, present, stale (older
 * than its cycle: a policy past its review, a risk past its review date, no management review in the last quarter and
 * its grace) or missing, with the date of the newest evidence and where it is. The readiness check before an audit.
 */
@Service
@Transactional(readOnly = true)
public class Artefacts {

    public enum State {
        PRESENT, STALE, MISSING
    }

    /** @param newest the date of the newest evidence, if any */
    public record Artefact(String clause, String name, State state, LocalDate newest, String note, String link) {
    }

    private final IsmsScope scope;
    private final OrganisationContext context;
    private final IsmsRoles roles;
    private final DocumentRegister documents;
    private final RiskRegister risks;
    private final TreatmentPlans treatments;
    private final SoaIssues soaIssues;
    private final Objectives objectives;
    private final Improvements improvements;
    private final AuditProgrammes programmes;
    private final Audits audits;
    private final ManagementReviews reviews;
    private final List<MetricSource> sources;
    private final Clock clock;

    Artefacts(IsmsScope scope, OrganisationContext context, IsmsRoles roles, DocumentRegister documents, RiskRegister risks,
              TreatmentPlans treatments, SoaIssues soaIssues, Objectives objectives, Improvements improvements, AuditProgrammes programmes,
              Audits audits, ManagementReviews reviews, List<MetricSource> sources, Clock clock) {
        this.scope = scope;
        this.context = context;
        this.roles = roles;
        this.documents = documents;
        this.risks = risks;
        this.treatments = treatments;
        this.soaIssues = soaIssues;
        this.objectives = objectives;
        this.improvements = improvements;
        this.programmes = programmes;
        this.audits = audits;
        this.reviews = reviews;
        this.sources = sources;
        this.clock = clock;
    }

    public List<Artefact> map() {
        LocalDate today = LocalDate.now(clock);
        long inForce = documents.countInForce();
        long pastReview = automatic("documents-past-review", today);
        long openRisks = risks.countNotClosed();
        long overdueReviews = automatic("overdue-risk-reviews", today);
        long treatmentActions = treatments.count();
        long objectivesSet = objectives.count();
        long opportunities = improvements.count();
        long rolesKept = roles.count();
        long longOpen = automatic("nonconformities-open-over-90-days", today);
        Optional<Document> policy = documents.policyInForce();
        Optional<ManagementReview> lastReview = reviews.all().stream().filter(review -> review.getStatus() == ReviewStatus.HELD).findFirst();
        long activeIssues = context.issues().stream().filter(issue -> issue.getStatus() == IssueStatus.ACTIVE).count();
        return List.of(
                new Artefact("4.1", "Internal and external issues", activeIssues > 0 ? State.PRESENT : State.MISSING, null,
                        activeIssues + " issues in force", "/context"),
                context.climateDecision().map(decision -> new Artefact("4.1", "Decision on climate change as an issue",
                        decision.decidedOn().isBefore(today.minusYears(1)) ? State.STALE : State.PRESENT, decision.decidedOn(),
                        decision.relevant() ? "relevant" : "not relevant", "/context"))
                        .orElse(missing("4.1", "Decision on climate change as an issue", "/context")),
                new Artefact("4.2", "Interested parties and their requirements", context.parties().stream()
                        .anyMatch(party -> party.getStatus() == IssueStatus.ACTIVE) ? State.PRESENT : State.MISSING, null, null, "/context/parties"),
                scope.current().map(version -> new Artefact("4.3", "ISMS scope", State.PRESENT, day(version.getDecidedAt()),
                        "version " + version.getNumber(), "/context/scope")).orElse(missing("4.3", "ISMS scope", "/context/scope")),
                policy.map(found -> new Artefact("5.2", "Information security policy", found.getNextReviewOn() != null
                        && found.getNextReviewOn().isBefore(today) ? State.STALE : State.PRESENT, day(found.getApprovedAt()),
                        found.getCode() + ", next review " + found.getNextReviewOn(), "/documents/" + found.getId()))
                        .orElse(missing("5.2", "Information security policy", "/documents")),
                new Artefact("5.3", "Roles, responsibilities and authorities", rolesKept == 0 ? State.MISSING : State.PRESENT, null,
                        rolesKept + " roles", "/context/roles"),
                new Artefact("6.1.2", "Risk criteria", State.PRESENT, day(risks.currentMatrix().createdAt()), "appetite "
                        + risks.currentMatrix().appetite().name().toLowerCase(Locale.ROOT), "/risks/criteria"),
                new Artefact("6.1.2, 8.2", "Risk assessment results", openRisks == 0 ? State.MISSING : overdueReviews > 0 ? State.STALE : State.PRESENT,
                        null, overdueReviews + " reviews overdue", "/risks"),
                soaIssues.latestIssued().map(issue -> new Artefact("6.1.3 d", "Statement of Applicability", soaIssues.changedSince(issue).isEmpty()
                        ? State.PRESENT : State.STALE, day(issue.getDecidedAt()), "version " + issue.getNumber(), "/soa/issues"))
                        .orElse(missing("6.1.3 d", "Statement of Applicability", "/soa/issues")),
                new Artefact("6.1.3 e, 8.3", "Risk treatment plan", treatmentActions == 0 ? State.MISSING : State.PRESENT, null,
                        treatmentActions + " actions", "/risks/treatment-plan"),
                new Artefact("6.2", "Information security objectives", objectivesSet == 0 ? State.MISSING : State.PRESENT, null,
                        objectivesSet + " objectives", "/objectives"),
                new Artefact("7.5", "Policies and procedures", inForce == 0 ? State.MISSING : pastReview > 0 ? State.STALE : State.PRESENT, null,
                        inForce + " in force" + (pastReview > 0 ? ", " + pastReview + " past their review date" : ""), "/documents"),
                new Artefact("9.2", "Audit programme of this year", programmes.exists(today.getYear()) ? State.PRESENT : State.MISSING, null,
                        null, "/audit-programmes"),
                audits.latestReported().map(audit -> new Artefact("9.2", "Internal audit reports",
                        day(audit.getReportedAt()).isBefore(today.minusYears(1)) ? State.STALE : State.PRESENT, day(audit.getReportedAt()),
                        "latest " + audit.getCode(), "/audits/" + audit.getCode())).orElse(missing("9.2", "Internal audit reports", "/audit-programmes")),
                lastReview.map(review -> new Artefact("9.3", "Management review minutes", day(review.getHeldAt())
                        .isBefore(today.minusMonths(3).minusDays(30)) ? State.STALE : State.PRESENT, day(review.getHeldAt()),
                        "review " + review.getPeriod(), "/management-reviews/" + review.getPeriod()))
                        .orElse(missing("9.3", "Management review minutes", "/management-reviews")),
                new Artefact("10.1", "Improvement register", opportunities == 0 ? State.MISSING : State.PRESENT, null,
                        opportunities + " opportunities", "/improvements"),
                new Artefact("10.2", "Nonconformities and corrective actions", longOpen > 0 ? State.STALE : State.PRESENT, null,
                        longOpen + " open for more than 90 days", "/nonconformities"));
    }

    /** A figure the measurement's built-in metrics compute anyway (one aggregate query), taken today. */
    private long automatic(String key, LocalDate today) {
        return sources.stream().flatMap(source -> source.automaticMetrics().stream()).filter(metric -> metric.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No built-in metric " + key)).value().apply(today).longValue();
    }

    private static Artefact missing(String clause, String name, String link) {
        return new Artefact(clause, name, State.MISSING, null, null, link);
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
