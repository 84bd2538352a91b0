package io.ismsflow.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One export of an audit-period evidence pack: the period, who asked for it, how it was delivered, and once written
 * its SHA-256, size and number of files (or why it failed).
 */
@Table("evidence_pack")
record EvidencePack(@Id Long id, LocalDate periodFrom, LocalDate periodTo, String zone, String requestedBy, Instant requestedAt,
                    Delivery delivery, Status status, String sha256, Long sizeBytes, Integer files, Instant finishedAt, String failure) {

    enum Delivery { STREAMED, BACKGROUND }

    enum Status { BUILDING, READY, FAILED }

    static EvidencePack requested(PackPeriod period, String by, Instant at, Delivery delivery) {
        return new EvidencePack(null, period.from(), period.to(), period.zone().getId(), by, at, delivery, Status.BUILDING, null, null, null,
                null, null);
    }

    PackPeriod period() {
        return new PackPeriod(periodFrom, periodTo, ZoneId.of(zone));
    }

    EvidencePack written(PackZip.Summary summary, Instant at) {
        return new EvidencePack(id, periodFrom, periodTo, zone, requestedBy, requestedAt, delivery, Status.READY, summary.sha256(),
                summary.bytes(), summary.files(), at, null);
    }

    EvidencePack failed(String why, Instant at) {
        return new EvidencePack(id, periodFrom, periodTo, zone, requestedBy, requestedAt, delivery, Status.FAILED, null, null, null, at,
                why.length() > 1000 ? why.substring(0, 1000) : why);
    }

    /** The pack's size in words: "840 KB", "12.5 MB". */
    public String size() {
        if (sizeBytes == null) {
            return "";
        }
        return sizeBytes < 1024 * 1024 ? "%d KB".formatted(Math.max(1, sizeBytes / 1024)) : "%.1f MB".formatted(sizeBytes / 1048576.0);
    }

    /** A background pack waiting to be downloaded. */
    public boolean downloadable() {
        return delivery == Delivery.BACKGROUND && status == Status.READY;
    }
}
