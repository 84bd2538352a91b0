package io.ismsflow.documents;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Records what the owner found: a revision goes up for approval, or the version in force is put up for
 * confirmation. Tells the approval task who wrote it (who may therefore not approve it) and when it is due.
 */
@Component
public class RecordDocumentReviewWorker {

    private final DocumentRegister register;
    private final DocumentProperties properties;
    private final Clock clock;

    RecordDocumentReviewWorker(DocumentRegister register, DocumentProperties properties, Clock clock) {
        this.register = register;
        this.properties = properties;
        this.clock = clock;
    }

    @JobWorker(type = "record-document-review")
    public UpForApproval record(ActivatedJob job, @Variable long documentId, @Variable int reviewRound,
                                @Variable(optional = true) String reviewOutcome, @Variable(optional = true) String reviewNote,
                                @Variable(optional = true) String completedBy) {
        ReviewOutcome outcome = outcome(job, reviewOutcome);
        DocumentReview review;
        try {
            review = register.recordReview(documentId, job.getProcessInstanceKey(), reviewRound, outcome, reviewNote,
                    Actor.forJob(job, completedBy));
        } catch (IllegalStateException e) {
            throw JobInput.incident(job, e.getMessage());
        }
        Document document = register.get(documentId);
        String version = "v" + review.getVersionNumber();
        String summary = outcome == ReviewOutcome.REVISED
                ? "Revised: %s — %s".formatted(version, document.version(review.getVersionNumber()).orElseThrow().changeSummary())
                : "Unchanged: %s stays in force%s".formatted(version, reviewNote == null || reviewNote.isBlank() ? "" : " — " + reviewNote);
        return new UpForApproval(register.authorUnderApproval(review), version, summary,
                clock.instant().plus(properties.approvalDue()).toString());
    }

    private static ReviewOutcome outcome(ActivatedJob job, String value) {
        try {
            return ReviewOutcome.valueOf(JobInput.required(job, value, "reviewOutcome is missing: say whether the document is unchanged or revised")
                    .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw JobInput.incident(job, "reviewOutcome '" + value + "' is neither 'unchanged' nor 'revised'");
        }
    }

    /** @param documentAuthor who may not approve what is up for approval */
    public record UpForApproval(String documentAuthor, String reviewedVersion, String reviewSummary, String approvalDueAt) {
    }
}
