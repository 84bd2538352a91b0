package io.ismsflow.measurement;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Samples the automatic metrics once a day, and once when the app is ready. Safe on several app instances: a
 * day's sample is one row per metric, and sampling again replaces it.
 */
@Component
class MetricSampler {

    private static final Logger log = LoggerFactory.getLogger(MetricSampler.class);

    private final Metrics metrics;
    private final Clock clock;
    private final boolean onStartup;

    MetricSampler(Metrics metrics, Clock clock, @Value("${isms.measurement.sample.on-startup}") boolean onStartup) {
        this.metrics = metrics;
        this.clock = clock;
        this.onStartup = onStartup;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (onStartup) {
            sampleToday();
        }
    }

    @Scheduled(cron = "${isms.measurement.sample.cron}")
    void sampleToday() {
        try {
            log.info("Sampled {} automatic metrics", metrics.sample(LocalDate.now(clock)));
        } catch (RuntimeException e) {
            log.warn("Could not sample the metrics today; the next run tries again: {}", e.getMessage());
        }
    }
}
