package io.ismsflow.documents;

import io.ismsflow.engine.DueReviews;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts a review for every approved document whose next review date has come: once a day, and once when the app
 * is ready. Safe on several app instances at once: a document gets one review however many scans find it due.
 */
@Component
class DocumentReviewScheduler {

    static final String SCHEDULER = "isms-flow (review schedule)";

    private final DocumentRegister register;
    private final DocumentReviews reviews;
    private final DocumentProperties properties;
    private final Clock clock;

    DocumentReviewScheduler(DocumentRegister register, DocumentReviews reviews, DocumentProperties properties, Clock clock) {
        this.register = register;
        this.reviews = reviews;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStartup() {
        if (properties.reviewScan().onStartup()) {
            startDueReviews();
        }
    }

    /** @return how many reviews were started; one whose start fails is tried again at the next scan */
    @Scheduled(cron = "${isms.documents.review-scan.cron}")
    int startDueReviews() {
        return DueReviews.start("document", register.dueForReview(LocalDate.now(clock)), Document::getCode,
                document -> reviews.start(document.getId(), SCHEDULER),
                DocumentReviews.ReviewAlreadyRunningException.class);
    }
}
