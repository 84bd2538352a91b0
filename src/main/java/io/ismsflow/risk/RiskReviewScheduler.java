package io.ismsflow.risk;

import io.ismsflow.engine.DueReviews;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts a review for every risk whose next review date has come: once a day, and once when the app is ready.
 * Safe on several app instances at once: a risk gets one review however many scans find it due.
 */
@Component
class RiskReviewScheduler {

    static final String SCHEDULER = "isms-flow (review schedule)";

    private final RiskRegister register;
    private final RiskReviews reviews;
    private final RiskProperties properties;
    private final Clock clock;

    RiskReviewScheduler(RiskRegister register, RiskReviews reviews, RiskProperties properties, Clock clock) {
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
    @Scheduled(cron = "${isms.risk.review-scan.cron}")
    int startDueReviews() {
        return DueReviews.start("risk", register.dueForReview(LocalDate.now(clock)), Risk::getCode,
                risk -> reviews.start(risk.getId(), SCHEDULER, ReviewTrigger.SCHEDULED, null),
                RiskReviews.ReviewAlreadyRunningException.class);
    }
}
