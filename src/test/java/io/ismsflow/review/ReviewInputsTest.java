package io.ismsflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.context.Feedback;
import io.ismsflow.context.FeedbackChannel;
import io.ismsflow.context.InterestedParty;
import io.ismsflow.context.IssueCategory;
import io.ismsflow.context.IssueDraft;
import io.ismsflow.context.IssueOrigin;
import io.ismsflow.context.OrganisationContext;
import io.ismsflow.context.PartyDraft;
import io.ismsflow.context.PartyKind;
import io.ismsflow.corrective.CorrectiveActionProcess;
import io.ismsflow.corrective.NonconformityDraft;
import io.ismsflow.corrective.NonconformitySource;
import io.ismsflow.corrective.Severity;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.measurement.ImprovementDraft;
import io.ismsflow.measurement.ImprovementSource;
import io.ismsflow.measurement.Improvements;
import io.ismsflow.measurement.Metrics;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.trail.Actor;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every input a–g of a review's pack against a seeded dataset with known figures: a table that names the input, the
 * figure and its value. In a context of its own: the figures count every record in the database.
 */
@Tag("calendar")
@IsolatedIntegrationTest
class ReviewInputsTest {

    private static final Actor MANAGER = Actor.person("isms-manager");

    @Autowired ReviewInputs inputs;
    @Autowired ManagementReviewRepository reviews;
    @Autowired RiskRegister risks;
    @Autowired CorrectiveActionProcess corrective;
    @Autowired OrganisationContext context;
    @Autowired Improvements improvements;
    @Autowired Metrics metrics;
    @Autowired EngineClock clock;

    @Test
    void eachInputGivesItsKnownFigures() {
        LocalDate today = LocalDate.now(clock);
        risk("Ransomware", 5, 5, today.plusMonths(3));
        risk("Lost laptop", 2, 2, today.minusDays(2));
        risk("Phishing", 3, 3, today.plusMonths(6));
        nonconformity("Visitors not escorted", Severity.MINOR, NonconformitySource.INTERNAL_AUDIT);
        nonconformity("Backups not tested", Severity.MAJOR, NonconformitySource.MANUAL);
        context.record(new IssueDraft("Ransomware wave in the sector", IssueOrigin.EXTERNAL, IssueCategory.TECHNOLOGICAL, "More attacks",
                "isms-manager", today.plusMonths(6), null), MANAGER);
        InterestedParty customers = context.recordParty(new PartyDraft("Customers", PartyKind.CUSTOMERS, "B2B customers", List.of(
                new PartyDraft.Requirement("ISO 27001 certificate", "Contracts", true, "Certified ISMS", null, false),
                new PartyDraft.Requirement("Data in the EU", "DPA", false, null, "Not yet decided", false)), null), MANAGER);
        context.recordFeedback(customers.getId(), new Feedback.Draft(today.minusDays(3), FeedbackChannel.SURVEY, "Asked for a SOC 2 report",
                null, null), MANAGER);
        improvements.propose(new ImprovementDraft(ImprovementSource.INTERNAL_AUDIT, "IA-2026-01-F2", "Block unsigned macros"), MANAGER);
        improvements.propose(new ImprovementDraft(ImprovementSource.STAFF_SUGGESTION, null, "A single page of policies"), MANAGER);
        metrics.sample(today);

        ManagementReview review = reviews.save(ManagementReview.requested(ReviewPeriod.quarterOf(today), null, today, "isms-manager",
                clock.instant()));
        InputPack pack = inputs.compile(review, Optional.empty(), today.minusMonths(3).atStartOfDay().toInstant(ZoneOffset.UTC), today,
                clock.instant());

        Map<String, Map<String, String>> expected = Map.of(
                "a", Map.of("Open", "0", "Overdue", "0", "Done", "0"),
                "b", Map.of("Issues in force", "1", "Changed since the last review", "1"),
                "c", Map.of("Parties in force", "1", "Requirements not addressed", "1", "Changed since the last review", "1"),
                "d1", Map.of("Raised since the last review", "2", "Closed since the last review", "0", "Open", "2", "Open major", "1",
                        "Corrective actions overdue", "0"),
                "d2", Map.of("Open nonconformities", "2.00", "Risks above the appetite", "1.00", "Overdue risk reviews", "1.00"),
                "d3", Map.of("Audits reported since the last review", "0", "Minor nonconformity findings", "0"),
                "e", Map.of("Feedback received since the last review", "1"),
                "f", Map.of("Risks", "3", "Residual critical", "1", "Residual low", "1", "Above the appetite, not accepted", "1",
                        "Reviews overdue", "1", "Treatment actions open", "0"),
                "g", Map.of("Open", "2", "Waiting for a decision", "2", "From internal audits", "1"));
        expected.forEach((key, figures) -> figures.forEach((label, value) -> assertThat(pack.input(key).orElseThrow().figure(label))
                .as("%s) %s", key, label).hasValueSatisfying(figure -> assertThat(figure.value()).isEqualTo(value))));
        assertThat(pack.input("d4").orElseThrow().figures()).isEmpty();
        assertThat(pack.input("b").orElseThrow().lines()).extracting(InputPack.Line::text).anySatisfy(text -> assertThat(text)
                .startsWith("ISS-").contains("Ransomware wave in the sector"));
        assertThat(pack.input("e").orElseThrow().lines()).singleElement().extracting(InputPack.Line::text).asString()
                .contains("Customers").contains("Asked for a SOC 2 report");
        assertThat(pack.input("d1").orElseThrow().lines()).extracting(InputPack.Line::text).anySatisfy(text -> assertThat(text)
                .isEqualTo("Raised by source: Internal audit 1, Raised by hand 1"));
    }

    private void risk(String title, int residualLikelihood, int residualImpact, LocalDate nextReview) {
        risks.identify(new RiskDraft(title, null, "Asset", "Threat", "Vulnerability", true, false, false, "risk-owner", 5, 5, Treatment.MODIFY,
                null, residualLikelihood, residualImpact, nextReview, null), MANAGER);
    }

    private void nonconformity(String title, Severity severity, NonconformitySource source) {
        corrective.raise(new NonconformityDraft(null, source, null, title, "Seeded", "Office", severity, "risk-owner", List.of(), List.of()),
                MANAGER);
    }
}
