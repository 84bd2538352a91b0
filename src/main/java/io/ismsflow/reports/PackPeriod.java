package io.ismsflow.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The audit period an evidence pack covers: whole days, first and last included, in the organisation's time zone. */
record PackPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    String filename() {
        return "evidence-pack-%s-to-%s.zip".formatted(from, to);
    }
}
