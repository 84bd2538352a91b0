package io.ismsflow.documents;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.escalation.EscalationPolicy;
import io.ismsflow.security.People;
import io.ismsflow.trail.Actor;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Opens the review (again, harmlessly, for a redelivered job) and hands the tasks the document and their due dates. */
@Component
public class PrepareDocumentReviewWorker {

    private final DocumentRegister register;
    private final DocumentProperties properties;
    private final EscalationPolicy escalation;
    private final People people;
    private final Clock clock;

    PrepareDocumentReviewWorker(DocumentRegister register, DocumentProperties properties, EscalationPolicy escalation, People people,
                                Clock clock) {
        this.register = register;
        this.properties = properties;
        this.escalation = escalation;
        this.people = people;
        this.clock = clock;
    }

    @JobWorker(type = "prepare-document-review")
    public ReviewSubject prepare(ActivatedJob job, @Variable long documentId, @Variable(optional = true) String startedBy) {
        Document document = register.openReview(documentId, Actor.forJob(job, startedBy));
        return new ReviewSubject(document.getCode(), document.getTitle(), document.getType(), document.getOwner(),
                people.displayName(document.getOwner()), document.getType().approverGroup(), document.getCode() + " " + document.getTitle(),
                1, clock.instant().plus(properties.reviewDue()).toString(), escalation.escalateAfter().toString(),
                escalation.escalateToTopAfter().toString());
    }

    /** Process variables for the review's tasks, and the escalation chain's durations the timers read. */
    public record ReviewSubject(String documentCode, String documentTitle, DocumentType documentType, String documentOwner,
                                String documentOwnerName, String approverGroup, String subject, int reviewRound, String reviewDueAt,
                                String escalateAfter, String escalateToTopAfter) {
    }
}
