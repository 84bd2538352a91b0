package io.ismsflow.risk;

import io.ismsflow.engine.DailyScan;
import io.ismsflow.engine.DueReviews;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts a review for every risk whose next review date has come: once a day, and once when the app is ready.
 * Safe on several app instances at once: a risk gets one review however many scans find it due.
 */
@Component
class RiskReviewScheduler extends DailyScan {

    static final String SCHEDULER = "isms-flow (review schedule)";

    private final RiskRegister register;
    private final RiskReviews reviews;
    private final Clock clock;

    RiskReviewScheduler(RiskRegister register, RiskReviews reviews, RiskProperties properties, Clock clock) {
        super(properties.reviewScan().onStartup());
        this.register = register;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Scheduled(cron = "${isms.risk.review-scan.cron}")
    void daily() {
        run();
    }

    @Override
    protected void scan() {
        startDueReviews();
    }

    /** @return how many reviews were started; one whose start fails is tried again at the next scan */
    int startDueReviews() {
        return DueReviews.start("risk", register.dueForReview(LocalDate.now(clock)), Risk::getCode,
                risk -> reviews.start(risk.getId(), SCHEDULER, ReviewTrigger.SCHEDULED, null),
                RiskReviews.ReviewAlreadyRunningException.class);
    }
}
