package io.ismsflow.reports;

import io.ismsflow.escalation.Notifications;
import io.ismsflow.evidence.EvidenceFiles;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.web.Dates;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit-period evidence packs: a small one is written straight to the download, a large one (by its period's
 * audit-trail entries and evidence uploaded) is built in the background, one at a time, into a file its requester is
 * notified to download. Either way the pack's SHA-256 goes to the audit trail with who exported it.
 */
@Service
class EvidencePacks {

    static final String ENTITY = "evidence-pack";
    private static final Logger log = LoggerFactory.getLogger(EvidencePacks.class);

    private final EvidencePackRepository packs;
    private final EvidencePackWriter writer;
    private final ExportHeading heading;
    private final EvidencePackProperties properties;
    private final AuditTrail trail;
    private final EvidenceFiles evidence;
    private final Notifications notifications;
    private final Dates dates;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("evidence-pack").daemon().factory());

    EvidencePacks(EvidencePackRepository packs, EvidencePackWriter writer, ExportHeading heading, EvidencePackProperties properties,
                  AuditTrail trail, EvidenceFiles evidence, Notifications notifications, Dates dates, TransactionTemplate transaction, Clock clock) {
        this.packs = packs;
        this.writer = writer;
        this.heading = heading;
        this.properties = properties;
        this.trail = trail;
        this.evidence = evidence;
        this.notifications = notifications;
        this.dates = dates;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Whether the period holds too much to write while someone waits for the download. */
    boolean large(PackPeriod period) {
        return trail.countBetween(period.start(), period.end()) > properties.streamUpToTrailEntries()
                || evidence.bytesUploadedBetween(period.start(), period.end()) > properties.streamUpToEvidence().toBytes();
    }

    /** Writes the pack to the download as it is built; the response has started, so a failure is recorded and rethrown. */
    void stream(PackPeriod period, String by, OutputStream out) {
        EvidencePack pack = packs.save(EvidencePack.requested(period, by, clock.instant(), EvidencePack.Delivery.STREAMED));
        try {
            written(pack, writer.write(period, heading.by(by), out));
        } catch (RuntimeException e) {
            failed(pack, e);
            throw e;
        }
    }

    /** Starts building the pack in the background; its requester is notified when it can be downloaded. */
    EvidencePack request(PackPeriod period, String by) {
        EvidencePack pack = packs.save(EvidencePack.requested(period, by, clock.instant(), EvidencePack.Delivery.BACKGROUND));
        background.execute(() -> build(pack));
        return pack;
    }

    List<EvidencePack> recent() {
        return packs.findTop50ByOrderByIdDesc();
    }

    EvidencePack get(long id) {
        return packs.findById(id).orElseThrow(() -> new NoSuchElementException("Evidence pack " + id + " does not exist"));
    }

    /** The file of a pack built in the background. */
    Path file(EvidencePack pack) {
        return properties.directory().resolve("evidence-pack-" + pack.id() + ".zip");
    }

    private void build(EvidencePack pack) {
        Path file = file(pack);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                EvidencePack done = written(pack, writer.write(pack.period(), heading.by(pack.requestedBy()), out));
                notify(done, "Your evidence pack is ready", "The evidence pack for %s to %s is ready to download: %d files, SHA-256 %s."
                        .formatted(dates.date(pack.periodFrom()), dates.date(pack.periodTo()), done.files(), done.sha256()));
            }
        } catch (IOException | RuntimeException e) {
            EvidencePack failed = failed(pack, e);
            notify(failed, "Your evidence pack could not be built", "The evidence pack for %s to %s failed: %s"
                    .formatted(dates.date(pack.periodFrom()), dates.date(pack.periodTo()), failed.failure()));
        }
    }

    private EvidencePack written(EvidencePack pack, PackZip.Summary summary) {
        return transaction.execute(status -> {
            EvidencePack done = packs.save(pack.written(summary, clock.instant()));
            trail.record(ENTITY, done.id(), "exported", null, done, Actor.person(done.requestedBy()));
            return done;
        });
    }

    private EvidencePack failed(EvidencePack pack, Exception e) {
        log.warn("Evidence pack {} for {} to {} failed", pack.id(), pack.periodFrom(), pack.periodTo(), e);
        return packs.save(pack.failed(e instanceof UncheckedIOException io ? io.getCause().getMessage() : String.valueOf(e.getMessage()),
                clock.instant()));
    }

    private void notify(EvidencePack pack, String title, String body) {
        transaction.executeWithoutResult(status -> notifications.notify(List.of(pack.requestedBy()), title, body, "/evidence-packs"));
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
