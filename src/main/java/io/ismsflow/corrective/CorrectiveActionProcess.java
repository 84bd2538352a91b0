package io.ismsflow.corrective;

import io.ismsflow.engine.EngineOutbox;
import io.ismsflow.engine.ProcessMessage;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.ConflictException;
import java.time.Duration;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises a nonconformity in ISMS Flow and starts its corrective-action process: the record and the message
 * {@code nonconformity-raised} (correlation key: its reference) commit together through the {@link EngineOutbox},
 * so the process starts once the record is there to load, and still starts if the engine was away at that moment.
 * One nonconformity per reference is the database's unique key; a second raise of a reference is refused.
 */
@Service
public class CorrectiveActionProcess {

    public static final String PROCESS_ID = "corrective-action";
    public static final String RAISED_MESSAGE = "nonconformity-raised";
    /**
     * Published with the raiser's reference when a nonconformity closes (DESIGN, "How the processes talk to each
     * other"), so the raiser's follow-up (an audit's) can close in turn.
     */
    public static final String CLOSED_MESSAGE = "nonconformity-closed";
    /** Kept by the engine until the raiser waits for it: a nonconformity may close before its audit reaches follow-up. */
    static final Duration CLOSED_MESSAGE_LIVES = Duration.ofDays(365);

    private final Nonconformities nonconformities;
    private final EngineOutbox outbox;
    private final TransactionTemplate transaction;

    CorrectiveActionProcess(Nonconformities nonconformities, EngineOutbox outbox, TransactionTemplate transaction) {
        this.nonconformities = nonconformities;
        this.outbox = outbox;
        this.transaction = transaction;
    }

    /** @throws ConflictException when the reference was raised before, or is being raised at this moment */
    public Nonconformity raise(NonconformityDraft draft, Actor actor) {
        try {
            return transaction.execute(status -> raiseWithItsProcess(draft, actor));
        } catch (DuplicateKeyException | DbActionExecutionException e) {
            if (e instanceof DuplicateKeyException || e.getCause() instanceof DuplicateKeyException) {
                throw alreadyRaised(draft.reference());
            }
            throw e;
        }
    }

    private Nonconformity raiseWithItsProcess(NonconformityDraft draft, Actor actor) {
        if (draft.reference() != null && nonconformities.findByReference(draft.reference()).isPresent()) {
            throw alreadyRaised(draft.reference());
        }
        Nonconformity nc = nonconformities.raise(draft, actor);
        outbox.publishAfterCommit(ProcessMessage.start(RAISED_MESSAGE, nc.getReference(),
                Map.of("nonconformityId", nc.getId(), "raisedBy", actor.person())));
        return nc;
    }

    private ConflictException alreadyRaised(String reference) {
        String code = nonconformities.findByReference(reference).map(Nonconformity::getCode).orElse("another nonconformity");
        return new ConflictException("Reference " + reference + " was already raised as " + code);
    }
}
