package io.ismsflow.audit;

import java.time.Duration;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The audit programme's settings (9.2.2): the coverage cycle, the score from which an area is audited every year, the
 * day the next cycle's programme is proposed, what a new programme says until the ISMS manager changes it, and the
 * time each task of an audit may take.
 *
 * @param proposeNextCycleOn the day of the year on which next year's programme is proposed, e.g. {@code --12-01}
 * @param planDue after the window opens, for the lead auditor's plan
 * @param reportDue after the window ends, for the report
 */
@ConfigurationProperties("isms.audit")
public record AuditProperties(int coverageYears, int everyYearFrom, MonthDay proposeNextCycleOn, ProgrammeDefaults programme,
                              Duration approvalDue, Duration planDue, Duration reportDue, Duration acknowledgementDue) {

    /** What a programme states (9.2.2) until the ISMS manager words it otherwise. */
    public record ProgrammeDefaults(String objectives, String scope, String methods, String responsibilities, String reporting) {
    }

    public AuditProperties {
        if (coverageYears < 1 || coverageYears > 5) {
            throw new IllegalArgumentException("isms.audit.coverage-years must be 1 to 5, not " + coverageYears);
        }
        if (everyYearFrom < 1 || everyYearFrom > AuditPlanner.MAX_SCORE) {
            throw new IllegalArgumentException("isms.audit.every-year-from must be 1 to " + AuditPlanner.MAX_SCORE + ", not " + everyYearFrom);
        }
        if (programme == null || proposeNextCycleOn == null) {
            throw new IllegalArgumentException("isms.audit.programme and isms.audit.propose-next-cycle-on are required");
        }
    }
}
