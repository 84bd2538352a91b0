package io.ismsflow.measurement;

import io.ismsflow.engine.EngineOutbox;
import io.ismsflow.engine.ProcessMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the measurement of each manual metric's period once it has ended (9.1 c): the request row (unique per metric
 * and period) and the message {@code measurement-due} commit together, so scans on several instances start one.
 */
@Service
public class MeasurementRequests {

    public static final String PROCESS_ID = "measurement";
    static final String MESSAGE = "measurement-due";

    private final MetricRepository metrics;
    private final MeasurementRequestRepository requests;
    private final EngineOutbox outbox;
    private final TransactionTemplate transaction;
    private final Duration grace;

    MeasurementRequests(MetricRepository metrics, MeasurementRequestRepository requests, EngineOutbox outbox, TransactionTemplate transaction,
                        @Value("${isms.measurement.grace}") Duration grace) {
        this.metrics = metrics;
        this.requests = requests;
        this.outbox = outbox;
        this.transaction = transaction;
        this.grace = grace;
    }

    /** @return how many measurements started */
    public int startDue(LocalDate day) {
        int started = 0;
        for (Metric metric : metrics.findAllByOrderById()) {
            if (metric.getKind() != Metric.Kind.MANUAL) {
                continue;
            }
            String period = Frequency.valueOf(metric.getFrequency()).periodBefore(day);
            if (requests.findByMetricAndPeriod(metric.getId(), period).isEmpty() && request(metric, period, day)) {
                started++;
            }
        }
        return started;
    }

    private boolean request(Metric metric, String period, LocalDate day) {
        try {
            transaction.executeWithoutResult(status -> {
                requests.save(new MeasurementRequest(null, metric.getId(), period, day.atStartOfDay().toInstant(ZoneOffset.UTC).plus(grace),
                        MeasurementRequest.Status.OPEN, null));
                outbox.publishAfterCommit(ProcessMessage.start(MESSAGE, "metric-" + metric.getId() + ":" + period,
                        Map.of("metricId", metric.getId(), "period", period, "startedBy", "isms-flow (measurement schedule)")));
            });
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
