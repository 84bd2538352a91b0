package io.ismsflow.corrective;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.security.People;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.InvalidFieldsException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 10.2 b: records the causes found, how, where else a similar nonconformity could occur, and the similar
 * nonconformities the analyst confirmed; hands the plan form
 * the people an action may be given to ({@code people}, the options of its owner field).
 */
@Component
public class RecordRootCauseWorker {

    private final Nonconformities nonconformities;
    private final ProcessDeadlines deadlines;
    private final People people;

    RecordRootCauseWorker(Nonconformities nonconformities, ProcessDeadlines deadlines, People people) {
        this.nonconformities = nonconformities;
        this.deadlines = deadlines;
        this.people = people;
    }

    @JobWorker(type = "record-root-cause")
    public Map<String, Object> recordRootCause(ActivatedJob job, @Variable long nonconformityId,
                                               @Variable(optional = true) RootCauseMethod rootCauseMethod,
                                               @Variable(optional = true) String causes,
                                               @Variable(optional = true) String couldOccurElsewhere,
                                               @Variable(optional = true) String elsewhere,
                                               @Variable(optional = true) List<String> similarConfirmed,
                                               @Variable(optional = true) String completedBy) {
        if (rootCauseMethod == null) {
            throw JobInput.incident(job, "rootCauseMethod is missing: say how the causes were determined");
        }
        String found = JobInput.required(job, causes, "causes are missing: say what caused the nonconformity");
        boolean possibleElsewhere = JobInput.yesOrNo(job, "couldOccurElsewhere", couldOccurElsewhere);
        if (possibleElsewhere) {
            JobInput.required(job, elsewhere, "elsewhere is missing: name where a similar nonconformity exists or could occur (10.2 b3)");
        }
        List<Long> similar = similarConfirmed == null ? List.of() : similarConfirmed.stream().map(Long::valueOf).toList();
        try {
            nonconformities.analyse(nonconformityId, new RootCause(rootCauseMethod, found, possibleElsewhere, elsewhere), similar,
                    Actor.forJob(job, completedBy));
        } catch (InvalidFieldsException e) {
            throw JobInput.incident(job, e.problems().toString());
        }
        return Map.of("planDueAt", deadlines.plan(), "people", people.everyone().stream()
                .map(person -> Map.of("label", person.name(), "value", person.username())).toList());
    }
}
