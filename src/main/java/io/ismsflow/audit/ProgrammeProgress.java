package io.ismsflow.audit;

import io.ismsflow.engine.EngineOutbox;
import io.ismsflow.engine.ProcessMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a programme's process when every audit of its cycle has reported (message {@code audit-programme-reported},
 * correlated by the cycle), so its report goes to top management while the audits' follow-ups go on. Told again by the
 * daily scan, in case two audits reported at the same moment and neither saw the other.
 */
@Component
class ProgrammeProgress {

    static final String ALL_REPORTED_MESSAGE = "audit-programme-reported";
    /** The programme's process waits for it from its approval on; kept in case it is told before. */
    private static final Duration KEPT = Duration.ofDays(30);

    private final AuditProgrammeRepository programmes;
    private final AuditRepository audits;
    private final EngineOutbox outbox;

    ProgrammeProgress(AuditProgrammeRepository programmes, AuditRepository audits, EngineOutbox outbox) {
        this.programmes = programmes;
        this.audits = audits;
        this.outbox = outbox;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void tellIfAllReported(long programmeId) {
        AuditProgramme programme = programmes.findById(programmeId).orElseThrow();
        List<Audit> running = audits.findByProgrammeOrderByWindowStartAscCode(programmeId).stream()
                .filter(audit -> audit.getState() != AuditState.DROPPED).toList();
        if (programme.getStatus() == ProgrammeStatus.APPROVED && running.stream().allMatch(audit -> audit.getState().isReported())) {
            outbox.publishAfterCommit(ProcessMessage.correlate(ALL_REPORTED_MESSAGE, "programme-" + programme.getCycle(),
                    Map.of(), KEPT));
        }
    }
}
