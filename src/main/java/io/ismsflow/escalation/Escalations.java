package io.ismsflow.escalation;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class Escalations {

    private final EscalationRepository escalations;

    Escalations(EscalationRepository escalations) {
        this.escalations = escalations;
    }

    public List<Escalation> all() {
        return escalations.findAllByOrderByIdDesc();
    }

    public List<Escalation> of(long processInstanceKey) {
        return escalations.findByProcessInstanceKeyOrderById(processInstanceKey);
    }

    /** Records the escalation once per job, however often the job is delivered. */
    @Transactional
    public void record(Escalation escalation) {
        if (!escalations.existsByJobKey(escalation.jobKey())) {
            escalations.save(escalation);
        }
    }
}
