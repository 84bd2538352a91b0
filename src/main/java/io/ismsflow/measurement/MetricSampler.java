package io.ismsflow.measurement;

import io.ismsflow.engine.DailyScan;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, and once when the app is ready: samples the automatic metrics, starts the measurements of manual
 * metrics whose period has ended, and records how the objectives stand. Safe on several app instances: a day's sample is one row per metric (sampling
 * again replaces it), and a period's measurement one request (a unique key).
 */
@Component
class MetricSampler extends DailyScan {

    private static final Logger log = LoggerFactory.getLogger(MetricSampler.class);

    private final Metrics metrics;
    private final MeasurementRequests requests;
    private final Objectives objectives;
    private final Clock clock;

    MetricSampler(Metrics metrics, MeasurementRequests requests, Objectives objectives, Clock clock, @Value("${isms.measurement.sample.on-startup}") boolean onStartup) {
        super(onStartup);
        this.metrics = metrics;
        this.requests = requests;
        this.objectives = objectives;
        this.clock = clock;
    }

    @Scheduled(cron = "${isms.measurement.sample.cron}")
    void daily() {
        run();
    }

    @Override
    protected void scan() {
        LocalDate today = LocalDate.now(clock);
        log.info("Sampled {} automatic metrics; started {} measurements", metrics.sample(today), requests.startDue(today));
        objectives.evaluateAll(today);
    }
}
