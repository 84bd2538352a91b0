package io.ismsflow.corrective;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.InvalidFieldsException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 10.2 b: records the causes found, how, and the similar nonconformities the analyst confirmed. */
@Component
public class RecordRootCauseWorker {

    private final Nonconformities nonconformities;
    private final ProcessDeadlines deadlines;

    RecordRootCauseWorker(Nonconformities nonconformities, ProcessDeadlines deadlines) {
        this.nonconformities = nonconformities;
        this.deadlines = deadlines;
    }

    @JobWorker(type = "record-root-cause")
    public Map<String, Object> recordRootCause(ActivatedJob job, @Variable long nonconformityId,
                                               @Variable(optional = true) RootCauseMethod rootCauseMethod,
                                               @Variable(optional = true) String causes,
                                               @Variable(optional = true) List<String> similarConfirmed,
                                               @Variable(optional = true) String completedBy) {
        if (rootCauseMethod == null) {
            throw JobInput.incident(job, "rootCauseMethod is missing: say how the causes were determined");
        }
        String found = JobInput.required(job, causes, "causes are missing: say what caused the nonconformity");
        List<Long> similar = similarConfirmed == null ? List.of() : similarConfirmed.stream().map(Long::valueOf).toList();
        try {
            nonconformities.analyse(nonconformityId, rootCauseMethod, found, similar, Actor.forJob(job, completedBy));
        } catch (InvalidFieldsException e) {
            throw JobInput.incident(job, e.problems().toString());
        }
        return Map.of("planDueAt", deadlines.plan());
    }
}
