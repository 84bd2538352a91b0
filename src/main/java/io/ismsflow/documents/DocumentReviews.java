package io.ismsflow.documents;

import io.ismsflow.engine.EngineOutbox;
import io.ismsflow.engine.ProcessMessage;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.ConflictException;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts document reviews (7.5.2, 7.5.3): when the next review date has come, and on request (a new document's
 * first approval, a revision). One review per document at a time is the document's own state, changed with its
 * version in the transaction that hands {@code document-review-due} (correlation key: the document's code) to the
 * outbox, so two requests at once, or scans on several app instances, start one review.
 */
@Service
public class DocumentReviews {

    public static final String PROCESS_ID = "document-review";
    static final String MESSAGE = "document-review-due";

    private final DocumentRegister register;
    private final EngineOutbox outbox;
    private final TransactionTemplate transaction;

    DocumentReviews(DocumentRegister register, EngineOutbox outbox, TransactionTemplate transaction) {
        this.register = register;
        this.outbox = outbox;
        this.transaction = transaction;
    }

    /** @throws ReviewAlreadyRunningException while a review of the document runs, or another request wins the race */
    public void start(long documentId, String startedBy) {
        Document document = register.get(documentId);
        try {
            transaction.executeWithoutResult(status -> {
                Document current = register.get(documentId);
                if (current.getStatus() == DocumentStatus.IN_REVIEW) {
                    throw new ReviewAlreadyRunningException(current.getCode());
                }
                register.openReview(documentId, Actor.person(startedBy));
                outbox.publishAfterCommit(ProcessMessage.start(MESSAGE, current.getCode(),
                        Map.of("documentId", documentId, "startedBy", startedBy)));
            });
        } catch (OptimisticLockingFailureException e) {
            throw new ReviewAlreadyRunningException(document.getCode());
        }
    }

    public static class ReviewAlreadyRunningException extends ConflictException {
        ReviewAlreadyRunningException(String code) {
            super("A review of " + code + " is already running");
        }
    }
}
