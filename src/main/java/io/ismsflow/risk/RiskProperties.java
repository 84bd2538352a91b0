package io.ismsflow.risk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reassessmentDue how long the owner has to reassess once a review starts
 * @param residualDecisionDue how long the ISMS manager has to accept a residual risk above the appetite or send it back
 * @param reviewScan when to start the reviews that have come due
 */
@ConfigurationProperties("isms.risk")
public record RiskProperties(Duration reassessmentDue, Duration residualDecisionDue,
                             ReviewScan reviewScan) {

    /** @param cron when to look for due reviews; {@code -} switches the daily scan off */
    public record ReviewScan(String cron, boolean onStartup) {
    }
}
