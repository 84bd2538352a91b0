package io.ismsflow.documents;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reviewInterval how long an approved document stays in force before its next review (7.5.2)
 * @param reviewDue how long the owner has to review once a review starts
 * @param approvalDue how long the approver has to decide
 * @param reviewScan when to start the reviews that have come due
 */
@ConfigurationProperties("isms.documents")
public record DocumentProperties(Period reviewInterval, Duration reviewDue, Duration approvalDue, ReviewScan reviewScan) {

    /** @param cron when to look for due reviews; {@code -} switches the daily scan off */
    public record ReviewScan(String cron, boolean onStartup) {
    }
}
