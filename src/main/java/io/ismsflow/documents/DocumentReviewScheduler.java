package io.ismsflow.documents;

import io.ismsflow.engine.DailyScan;
import io.ismsflow.engine.DueReviews;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts a review for every approved document whose next review date has come: once a day, and once when the app
 * is ready. Safe on several app instances at once: a document gets one review however many scans find it due.
 */
@Component
class DocumentReviewScheduler extends DailyScan {

    static final String SCHEDULER = "isms-flow (review schedule)";

    private final DocumentRegister register;
    private final DocumentReviews reviews;
    private final Clock clock;

    DocumentReviewScheduler(DocumentRegister register, DocumentReviews reviews, DocumentProperties properties, Clock clock) {
        super(properties.reviewScan().onStartup());
        this.register = register;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Scheduled(cron = "${isms.documents.review-scan.cron}")
    void daily() {
        run();
    }

    @Override
    protected void scan() {
        startDueReviews();
    }

    /** @return how many reviews were started; one whose start fails is tried again at the next scan */
    int startDueReviews() {
        return DueReviews.start("document", register.dueForReview(LocalDate.now(clock)), Document::getCode,
                document -> reviews.start(document.getId(), SCHEDULER),
                DocumentReviews.ReviewAlreadyRunningException.class);
    }
}
