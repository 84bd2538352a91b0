package io.ismsflow.risk;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.escalation.EscalationPolicy;
import io.ismsflow.security.People;
import io.ismsflow.trail.Actor;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Runs before each round of reassessment: the first marks the risk as under review; every round hands the
 * form the risk as it now stands and a fresh due date (a re-treat round gets the same time as the first).
 */
@Component
public class PrepareReassessmentWorker {

    private final RiskRegister register;
    private final RiskProperties properties;
    private final EscalationPolicy escalation;
    private final People people;
    private final Clock clock;

    PrepareReassessmentWorker(RiskRegister register, RiskProperties properties, EscalationPolicy escalation, People people, Clock clock) {
        this.register = register;
        this.properties = properties;
        this.escalation = escalation;
        this.people = people;
        this.clock = clock;
    }

    @JobWorker(type = "prepare-reassessment")
    public ReviewSubject prepareReassessment(ActivatedJob job, @Variable long riskId,
                                             @Variable(optional = true) String startedBy,
                                             @Variable(optional = true) String completedBy) {
        Risk risk = register.openReview(riskId, Actor.forJob(job, completedBy != null ? completedBy : startedBy));
        return ReviewSubject.of(risk, people.displayName(risk.getOwner()), clock.instant().plus(properties.reassessmentDue()), escalation);
    }

    /**
     * Process variables for the review's tasks: the risk as it stands, when the reassessment is due, and the
     * escalation chain's durations the timers read.
     */
    public record ReviewSubject(String riskCode, String riskTitle, String riskOwner, String riskOwnerName, String subject,
                                int likelihood, int impact, Treatment treatment, String treatmentPlan,
                                int residualLikelihood, int residualImpact, String reassessmentDueAt,
                                String escalateAfter, String escalateToTopAfter) {

        static ReviewSubject of(Risk risk, String ownerName, Instant dueAt, EscalationPolicy escalation) {
            return new ReviewSubject(risk.getCode(), risk.getTitle(), risk.getOwner(), ownerName,
                    risk.getCode() + " " + risk.getTitle(), risk.getLikelihood(), risk.getImpact(),
                    risk.getTreatment(), risk.getTreatmentPlan(), risk.getResidualLikelihood(),
                    risk.getResidualImpact(), dueAt.toString(), escalation.escalateAfter().toString(),
                    escalation.escalateToTopAfter().toString());
        }
    }
}
