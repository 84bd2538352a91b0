package io.ismsflow.measurement;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A manual metric's measurement due for a period: open until recorded, so a missed period stays visible. */
@Table("measurement_request")
public record MeasurementRequest(@Id Long id, long metric, String period, Instant dueAt, Status status, @Version Long version) {

    public enum Status {
        OPEN, RECORDED
    }

    MeasurementRequest recorded() {
        return new MeasurementRequest(id, metric, period, dueAt, Status.RECORDED, version);
    }
}
