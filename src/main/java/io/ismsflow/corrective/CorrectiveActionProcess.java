package io.ismsflow.corrective;

import io.camunda.client.CamundaClient;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.ConflictException;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Raises a nonconformity from the API and starts its corrective-action process. The record is committed before the
 * process starts, since the process's first worker loads it (started inside the transaction, the worker could run
 * before the commit and not find it).
 */
@Service
public class CorrectiveActionProcess {

    public static final String PROCESS_ID = "corrective-action";
    public static final String RAISED_MESSAGE = "nonconformity-raised";

    private final Nonconformities nonconformities;
    private final CamundaClient camunda;

    CorrectiveActionProcess(Nonconformities nonconformities, CamundaClient camunda) {
        this.nonconformities = nonconformities;
        this.camunda = camunda;
    }

    public Nonconformity raise(NonconformityDraft draft, Actor actor) {
        if (draft.reference() != null) {
            nonconformities.findByReference(draft.reference()).ifPresent(existing -> {
                throw new ConflictException("Reference " + draft.reference() + " was already raised as " + existing.getCode());
            });
        }
        Nonconformity nc = nonconformities.raise(draft, actor);
        camunda.newCreateInstanceCommand()
                .bpmnProcessId(PROCESS_ID)
                .latestVersion()
                .variables(Map.of("nonconformityId", nc.getId(), "raisedBy", actor.person()))
                .send()
                .join();
        return nc;
    }
}
