package io.ismsflow.review;

import io.ismsflow.support.OpenTasks;
import io.ismsflow.support.TestUsers;
import io.ismsflow.tasks.TaskInbox;
import io.ismsflow.tasks.Tasks;
import io.ismsflow.trail.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's management reviews (9.3): the two previous quarters' reviews as held then (dates in the past, marked as
 * demo data in their agenda), with their actions — one done, one overdue, one open — and the next quarter's review,
 * its inputs compiled from the demo data, waiting at "Prepare review". Imported by the dev run only, after {@code
 * DemoData}, whose records the packs show.
 */
public class DemoReviews {

    private static final Actor MANAGER = Actor.person("isms-manager");

    @Bean
    @Order(6)
    ApplicationRunner demoManagementReviews(ManagementReviewRepository reviews, ManagementReviews managementReviews, ReviewInputs inputs, ReviewMinutes minutes,
                                  ReviewOutputs outputs, ReviewActions reviewActions, Tasks tasks, TaskInbox inbox, JdbcClient jdbc, Clock clock) {
        return args -> new Run(reviews, managementReviews, inputs, minutes, outputs, reviewActions, tasks, inbox, jdbc, clock).run();
    }

    private record Run(ManagementReviewRepository reviews, ManagementReviews managementReviews, ReviewInputs inputs, ReviewMinutes minutes,
                       ReviewOutputs outputs, ReviewActions reviewActions, Tasks tasks, TaskInbox inbox, JdbcClient jdbc, Clock clock) {

        void run() {
            ReviewPeriod current = ReviewPeriod.quarterOf(LocalDate.now(clock));
            ReviewPeriod earlier = ReviewPeriod.quarterOf(current.firstWorkingDay().minusMonths(6));
            ReviewPeriod previous = ReviewPeriod.quarterOf(current.firstWorkingDay().minusMonths(3));
            long first = held(earlier, List.of(new PlannedReviewAction("Review supplier contracts for security clauses", "isms-deputy",
                    earlier.firstWorkingDay().plusMonths(2), 1)));
            tasks.complete(new OpenTasks(inbox).awaitTask("implement-review-action", "actionId", reviewActions.of(first).getFirst().getId()).key(),
                    TestUsers.as("isms-deputy"), Map.of("actionEvidence", "Twelve supplier contracts amended; list in the contract register"));
            held(previous, List.of(new PlannedReviewAction("Run a phishing simulation for all staff", "it-operations",
                            previous.firstWorkingDay().plusMonths(2), 1),
                    new PlannedReviewAction("Budget an offline backup appliance", "risk-owner", LocalDate.now(clock).plusMonths(2), 2)));
            managementReviews.request(ReviewPeriod.quarterOf(current.firstWorkingDay().plusMonths(3)).toString(), MANAGER);
        }

        /** A review as held in its quarter: inputs, preparation, meeting and approved minutes dated then; its actions started now. */
        private long held(ReviewPeriod period, List<PlannedReviewAction> actions) {
            LocalDate planned = period.firstWorkingDay();
            Instant compiledAt = at(planned);
            ManagementReview review = reviews.save(ManagementReview.requested(period, null, planned, MANAGER.person(), compiledAt));
            String pack = inputs.write(inputs.compile(review, reviews.findLastHeldBefore(review.getId()), at(planned.minusMonths(3)), planned, compiledAt));
            review.inputsTaken(reviews.findLastHeldBefore(review.getId()).map(ManagementReview::getPeriod).orElse(null), pack, ReviewInputs.sha256(pack),
                    compiledAt);
            review.prepare("Demo data: the quarterly review of " + period + ".\n1. Inputs a to g\n2. Risks above the appetite\n3. Decisions and actions",
                    planned.plusDays(8), List.of("isms-manager", "top-manager", "board-member"), "isms-manager");
            review.hold("The ISMS remains suitable, adequate and effective; the backup risk needs treatment before the next review.",
                    "d1: nonconformities from the internal audit in corrective action. f: the ransomware risk is above the appetite.", true,
                    List.of(new ManagementReview.Decision(1, DecisionType.CONTINUAL_IMPROVEMENT, "Tighten how suppliers and staff are tested", false, null, null),
                            new ManagementReview.Decision(2, DecisionType.RESOURCE_NEED, "Fund offline backups in next year's budget", false, null, null)),
                    managementReviews.actionsJson(actions), "top-manager", at(planned.plusDays(8)));
            review = reviews.save(review);
            long document = minutes.freeze(review, actions, Actor.person("board-member")).id();
            // Frozen when they were approved, then: the evidence pack of that quarter holds them.
            jdbc.sql("update frozen_document set frozen_at = :at where id = :id")
                    .param("at", LocalDateTime.ofInstant(at(planned.plusDays(10)), ZoneOffset.UTC))
                    .param("id", document).update();
            review.minutesApproved("board-member", document, at(planned.plusDays(10)));
            review = reviews.save(review);
            outputs.record(review.getId(), MANAGER);
            return review.getId();
        }

        private static Instant at(LocalDate day) {
            return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
        }
    }
}
