package io.ismsflow.risk;

import java.time.Duration;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reviewInterval how long a risk may go unreviewed, by its residual level
 * @param reassessmentDue how long the owner has to reassess once a review starts
 * @param residualDecisionDue how long the ISMS manager has to accept a residual risk above the appetite or send it back
 * @param reviewScan when to start the reviews that have come due
 */
@ConfigurationProperties("isms.risk")
public record RiskProperties(Map<RiskLevel, Period> reviewInterval, Duration reassessmentDue, Duration residualDecisionDue,
                             ReviewScan reviewScan) {

    /** @param cron when to look for due reviews; {@code -} switches the daily scan off */
    public record ReviewScan(String cron, boolean onStartup) {
    }

    public RiskProperties {
        for (RiskLevel level : RiskLevel.values()) {
            if (reviewInterval == null || !reviewInterval.containsKey(level)) {
                throw new IllegalArgumentException("isms.risk.review-interval." + level.name().toLowerCase() + " is not set");
            }
        }
    }

    Period intervalFor(RiskLevel level) {
        return reviewInterval.get(level);
    }
}
