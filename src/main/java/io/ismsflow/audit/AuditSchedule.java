package io.ismsflow.audit;

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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, and once when the app is ready: from {@code isms.audit.propose-next-cycle-on} on, next year's programme
 * is requested (one per cycle: a unique key, so several app instances request it once), and programmes whose audits
 * have all reported are told so. A timer start event would be read once at deployment; this scan reads the settings
 * as they are.
 */
@Component
class AuditSchedule extends DailyScan {

    private static final Logger log = LoggerFactory.getLogger(AuditSchedule.class);
    static final String SCHEDULER = "isms-flow (audit schedule)";

    private final AuditProgrammes programmes;
    private final ProgrammeProgress progress;
    private final AuditProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AuditSchedule(AuditProgrammes programmes, ProgrammeProgress progress, AuditProperties properties, TransactionTemplate transaction, Clock clock,
                  @Value("${isms.audit.scan.on-startup}") boolean onStartup) {
        super(onStartup);
        this.programmes = programmes;
        this.progress = progress;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${isms.audit.scan.cron}")
    void daily() {
        run();
    }

    @Override
    protected void scan() {
        LocalDate today = LocalDate.now(clock);
        int next = today.getYear() + 1;
        if (!today.isBefore(properties.proposeNextCycleOn().atYear(today.getYear())) && !programmes.exists(next)) {
            try {
                programmes.request(next, Actor.person(SCHEDULER));
                log.info("Requested the audit programme of {}", next);
            } catch (ConflictException requestedMeanwhile) {
                log.info("Another instance requested the audit programme of {} at the same moment", next);
            }
        }
        transaction.executeWithoutResult(status -> programmes.all().forEach(programme -> progress.tellIfAllReported(programme.getId())));
    }
}
