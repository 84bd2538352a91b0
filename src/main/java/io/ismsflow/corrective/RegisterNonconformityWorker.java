package io.ismsflow.corrective;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import io.ismsflow.engine.JobInput;
import io.ismsflow.escalation.EscalationPolicy;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.InvalidFieldsException;
import org.springframework.stereotype.Component;

/**
 * First step of the corrective-action process: loads the nonconformity raised in ISMS Flow, or records the one
 * another process raised by message (once per reference, however often the message arrives), and binds it to this
 * instance. A second instance for the same nonconformity (its message published again after the first instance
 * ended) ends at once through the BPMN error {@code nonconformity-already-under-way}.
 */
@Component
public class RegisterNonconformityWorker {

    static final String ALREADY_UNDER_WAY = "nonconformity-already-under-way";

    private final Nonconformities nonconformities;
    private final ProcessDeadlines deadlines;
    private final EscalationPolicy escalation;
    private final JobInput input;

    RegisterNonconformityWorker(Nonconformities nonconformities, ProcessDeadlines deadlines, EscalationPolicy escalation,
                                JobInput input) {
        this.nonconformities = nonconformities;
        this.deadlines = deadlines;
        this.escalation = escalation;
        this.input = input;
    }

    @JobWorker(type = "register-nonconformity")
    public Registered register(ActivatedJob job, @Variable(optional = true) Long nonconformityId,
                               @Variable(optional = true) NonconformityDraft nonconformity,
                               @Variable(optional = true) String raisedBy) {
        Nonconformity nc;
        if (nonconformityId != null) {
            nc = nonconformities.get(nonconformityId);
        } else if (nonconformity != null) {
            try {
                nc = nonconformities.raise(input.valid(nonconformity, job), Actor.forJob(job, raisedBy));
            } catch (InvalidFieldsException e) {
                throw JobInput.incident(job, "the nonconformity raised is not valid: " + e.problems());
            }
        } else {
            throw JobInput.incident(job, "neither nonconformityId nor nonconformity is given: nothing to register");
        }
        try {
            nc = nonconformities.handledBy(nc.getId(), Actor.forJob(job, raisedBy));
        } catch (Nonconformity.AlreadyUnderWayException e) {
            throw CamundaError.bpmnError(ALREADY_UNDER_WAY, e.getMessage());
        }
        return new Registered(nc.getId(), nc.getCode(), nc.getCode() + " " + nc.getTitle(), nc.getSeverity(), nc.getOwner(),
                deadlines.containment(nc.getSeverity()), deadlines.effectivenessPeriod(nc.getSeverity()),
                escalation.escalateAfter().toString(), escalation.escalateToTopAfter().toString());
    }

    /** The process variables the rest of the process reads, with the escalation chain's durations for its timers. */
    public record Registered(long nonconformityId, String ncCode, String subject, Severity severity, String ncOwner,
                             String containmentDueAt, String effectivenessPeriod, String escalateAfter,
                             String escalateToTopAfter) {
    }
}
