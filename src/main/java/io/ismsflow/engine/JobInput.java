package io.ismsflow.engine;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks the variables a job carries before a worker acts on them. Invalid input fails the job without retries,
 * so it shows as an incident whose message an ISMS manager can read and act on, not as a stack trace.
 */
@Component
public class JobInput {

    private final Validator validator;

    JobInput(Validator validator) {
        this.validator = validator;
    }

    public <T> T valid(T input, ActivatedJob job) {
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw incident(job, violations.stream()
                    .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                    .map(JobInput::describe)
                    .collect(Collectors.joining("; ")));
        }
        return input;
    }

    /** The text a person had to give; without it the job fails at once with the given explanation. */
    public static String required(ActivatedJob job, String text, String whenMissing) {
        if (text == null || text.isBlank()) {
            throw incident(job, whenMissing);
        }
        return text;
    }

    /** A yes-or-no answer from a form's radio group ("yes" or "no"). */
    public static boolean yesOrNo(ActivatedJob job, String variable, String answer) {
        required(job, answer, variable + " is missing: 'yes' or 'no'");
        if (!answer.equals("yes") && !answer.equals("no")) {
            throw incident(job, "%s '%s' is neither 'yes' nor 'no'".formatted(variable, answer));
        }
        return answer.equals("yes");
    }

    /**
     * An approver's decision from a form: "approve", or "reject" with its reason.
     *
     * @return whether it was approved
     */
    public static boolean approval(ActivatedJob job, String decisionVariable, String decision, String reasonVariable, String reason) {
        required(job, decision, decisionVariable + " is missing: 'approve' or 'reject'");
        if (!decision.equals("approve") && !decision.equals("reject")) {
            throw incident(job, "%s '%s' is neither 'approve' nor 'reject'".formatted(decisionVariable, decision));
        }
        if (decision.equals("reject")) {
            required(job, reason, reasonVariable + " is missing: a rejection needs its reason");
        }
        return decision.equals("approve");
    }

    /** Fails the job at once with a message meant for the person who resolves the incident. */
    public static RuntimeException incident(ActivatedJob job, String problem) {
        return CamundaError.jobError("%s (step '%s'): %s".formatted(job.getBpmnProcessId(), job.getElementId(), problem),
                Map.of(), 0);
    }

    private static String describe(ConstraintViolation<?> violation) {
        return violation.getPropertyPath() + " " + violation.getMessage();
    }
}
