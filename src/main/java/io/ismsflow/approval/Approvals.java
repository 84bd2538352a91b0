package io.ismsflow.approval;

import io.ismsflow.engine.EngineOutbox;
import io.ismsflow.engine.ProcessMessage;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the approval of a proposed version of documented information: the message {@code approval-requested}
 * (correlation key: record type and id) goes to the outbox with the transaction that proposed it, so a proposal and
 * its approval task exist together or not at all.
 */
@Service
public class Approvals {

    public static final String PROCESS_ID = "approval";
    /** The stage of a record approved once. */
    public static final String SINGLE = "approval";
    static final String MESSAGE = "approval-requested";

    private final EngineOutbox outbox;

    Approvals(EngineOutbox outbox) {
        this.outbox = outbox;
    }

    /** Called in the transaction that puts the version up for approval. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void request(String recordType, long recordId, String requestedBy) {
        request(recordType, recordId, SINGLE, requestedBy);
    }

    /** One stage of an approval in several (each stage is an approval process of its own, started when the one before is decided). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void request(String recordType, long recordId, String stage, String requestedBy) {
        outbox.publishAfterCommit(ProcessMessage.start(MESSAGE, recordType + ":" + recordId + ":" + stage,
                Map.of("recordType", recordType, "recordId", recordId, "approvalStage", stage, "startedBy", requestedBy)));
    }
}
