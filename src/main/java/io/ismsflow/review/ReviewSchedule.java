package io.ismsflow.review;

import io.ismsflow.engine.DailyScan;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.ConflictException;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, and once when the app is ready: from the quarter's first working day until its deadline, the quarter's
 * review is requested if it has none (one per period: a unique key, so several app instances request it once). A
 * timer start event would be read once at deployment; this scan reads the settings as they are. An app started after a
 * quarter's deadline does not request that quarter's review late: it would be missed at once.
 */
@Component
class ReviewSchedule extends DailyScan {

    private static final Logger log = LoggerFactory.getLogger(ReviewSchedule.class);
    static final String SCHEDULER = "isms-flow (review schedule)";

    private final ManagementReviews reviews;
    private final ReviewProperties properties;
    private final Clock clock;

    ReviewSchedule(ManagementReviews reviews, ReviewProperties properties, Clock clock, @Value("${isms.review.scan.on-startup}") boolean onStartup) {
        super(onStartup);
        this.reviews = reviews;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${isms.review.scan.cron}")
    void daily() {
        run();
    }

    @Override
    protected void scan() {
        LocalDate today = LocalDate.now(clock);
        ReviewPeriod quarter = ReviewPeriod.quarterOf(today);
        LocalDate planned = quarter.firstWorkingDay();
        boolean inWindow = !today.isBefore(planned) && today.isBefore(planned.plusDays(properties.grace().toDays()));
        if (inWindow && reviews.ofPeriod(quarter.toString()).isEmpty()) {
            try {
                reviews.request(quarter.toString(), Actor.person(SCHEDULER));
                log.info("Requested the management review of {}", quarter);
            } catch (ConflictException requestedMeanwhile) {
                log.info("Another instance requested the management review of {} at the same moment", quarter);
            }
        }
    }
}
