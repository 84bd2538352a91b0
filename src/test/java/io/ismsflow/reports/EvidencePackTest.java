package io.ismsflow.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ismsflow.corrective.Nonconformities;
import io.ismsflow.corrective.Nonconformity;
import io.ismsflow.corrective.NonconformityDraft;
import io.ismsflow.corrective.NonconformitySource;
import io.ismsflow.corrective.Severity;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.escalation.Notifications;
import io.ismsflow.evidence.EvidenceFile;
import io.ismsflow.evidence.EvidenceFiles;
import io.ismsflow.evidence.Upload;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskHistory;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.risk.TreatmentActionDraft;
import io.ismsflow.risk.TreatmentPlans;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The audit-period evidence pack, opened as an auditor would: every file INDEX.csv lists is there with the SHA-256 it
 * names, the period's records are in it, the register is the one that stood at the period's end, and the pack's own
 * hash is in the audit trail with who exported it. Large packs are built in the background and their requester notified.
 */
@Tag("calendar")
@IntegrationTest
class EvidencePackTest {

    @Autowired TestRestTemplate rest;
    @Autowired RiskRegister risks;
    @Autowired RiskHistory history;
    @Autowired TreatmentPlans plans;
    @Autowired Nonconformities nonconformities;
    @Autowired EvidenceFiles evidence;
    @Autowired AuditTrail trail;
    @Autowired Notifications notifications;
    @Autowired EngineClock clock;

    @Test
    void aPeriodsPackHoldsItsRecordsEachWithTheHashItsIndexNamesAndTheTrailKeepsThePacksHash() throws IOException {
        Risk risk = risks.identify(draft("Pack risk " + System.nanoTime()), Actor.person("risk-owner"));
        Nonconformity nc = nonconformities.raise(new NonconformityDraft(null, NonconformitySource.MANUAL, null, "Pack test " + System.nanoTime(),
                "Found while packing", null, Severity.MINOR, "risk-owner", List.of(), List.of()), Actor.person("isms-manager"));
        EvidenceFile file = evidence.upload(new Upload("nonconformity", String.valueOf(nc.getId()), "restore log.txt",
                "restored 2026-11-20\n".getBytes(StandardCharsets.UTF_8)), "isms-manager");
        LocalDate today = LocalDate.now(clock);

        ResponseEntity<byte[]> zip = rest.withBasicAuth("auditor", "demo").getForEntity(
                "/api/evidence-pack?from=" + today.minusYears(1) + "&to=" + today, byte[].class);

        assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(zip.getHeaders().getContentDisposition().getFilename()).isEqualTo("evidence-pack-" + today.minusYears(1) + "-to-" + today + ".zip");
        Map<String, byte[]> files = unzip(zip.getBody());
        List<String[]> index = csv(files.get("INDEX.csv"));
        assertThat(index).hasSize(files.size() - 1);
        for (String[] row : index) {
            assertThat(files).as(row[2]).containsKey(row[2]);
            assertThat(sha256(files.get(row[2]))).as(row[2]).isEqualTo(row[3]);
            assertThat(Long.parseLong(row[4])).as(row[2]).isEqualTo(files.get(row[2]).length);
        }
        assertThat(index).extracting(row -> row[0] + " " + row[2]).contains("6.1.2 6.1.2/risk-register-" + today + ".csv",
                "8.2 8.2/risk-assessments.csv", "10.2 10.2/nonconformities.csv", "10.2 10.2/nonconformity-timelines.csv",
                "7.5.3 audit-trail.csv", "7.5.3 evidence/" + file.getId() + "-restore_log.txt");
        assertThat(text(files, "6.1.2/risk-register-" + today + ".csv")).contains(risk.getCode()).contains(risk.getTitle());
        assertThat(text(files, "10.2/nonconformities.csv")).contains(nc.getReference());
        assertThat(text(files, "10.2/nonconformity-timelines.csv")).contains("\"" + nonconformities.get(nc.getId()).getCode() + "\",")
                .contains("Ines Manager");
        assertThat(text(files, "evidence/" + file.getId() + "-restore_log.txt")).isEqualTo("restored 2026-11-20\n");
        assertThat(text(files, "audit-trail.csv")).contains("\"risk\",\"" + risk.getId() + "\",\"identified\"");
        assertThat(text(files, "README.txt")).contains("Exported").contains("by Anna Auditor");

        String packHash = sha256(zip.getBody());
        TrailEntry exported = trail.find(EvidencePacks.ENTITY, null).getLast();
        assertThat(exported.actor()).isEqualTo("auditor");
        assertThat(exported.afterState()).contains(packHash);
        EvidencePackController.PackView listed = rest.withBasicAuth("isms-manager", "demo")
                .getForObject("/api/evidence-packs", EvidencePackController.PackView[].class)[0];
        assertThat(listed.sha256()).isEqualTo(packHash);
        assertThat(listed.status()).isEqualTo(EvidencePack.Status.READY);
        assertThat(listed.delivery()).isEqualTo(EvidencePack.Delivery.STREAMED);
        assertThat(listed.files()).isEqualTo(index.size());
    }

    @Test
    void theRegisterIsAsItStoodThenNotAsItStandsNow() {
        Risk risk = risks.identify(draft("Before the period ended " + System.nanoTime()), Actor.person("risk-owner"));
        // An entry under the risk that is not the risk's snapshot: the register reads past it.
        plans.plan(risk, new TreatmentActionDraft("Offline copies", "8.13", "it-operations", null, LocalDate.now(clock).plusMonths(1)),
                Actor.person("risk-owner"));
        Instant then = risks.trailOf(risk.getId()).getLast().occurredAt().plusNanos(1000);
        clock.advance(Duration.ofSeconds(1));
        risks.edit(risk.getId(), draft("Renamed after the period " + System.nanoTime(), risk.getVersion()), Actor.person("risk-owner"));

        List<Risk> asOfThen = new ArrayList<>();
        history.forEachAsOf(then, asOfThen::add);
        List<Risk> beforeIt = new ArrayList<>();
        history.forEachAsOf(risks.trailOf(risk.getId()).getFirst().occurredAt(), beforeIt::add);

        assertThat(asOfThen).filteredOn(r -> risk.getId().equals(r.getId())).singleElement()
                .satisfies(r -> assertThat(r.getTitle()).isEqualTo(risk.getTitle()));
        assertThat(beforeIt).noneMatch(r -> risk.getId().equals(r.getId()));
    }

    @Test
    void aLargePackIsBuiltInTheBackgroundAndItsRequesterNotified() throws IOException {
        LocalDate today = LocalDate.now(clock);
        ResponseEntity<EvidencePackController.PackView> accepted = rest.withBasicAuth("isms-manager", "demo").postForEntity("/api/evidence-packs",
                Map.of("from", today.minusMonths(1).toString(), "to", today.toString()), EvidencePackController.PackView.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String location = accepted.getHeaders().getLocation().toString();

        await().atMost(Duration.ofSeconds(30)).until(() -> rest.withBasicAuth("isms-manager", "demo")
                .getForObject(location, EvidencePackController.PackView.class).status() == EvidencePack.Status.READY);
        EvidencePackController.PackView ready = rest.withBasicAuth("isms-manager", "demo").getForObject(location, EvidencePackController.PackView.class);
        byte[] zip = rest.withBasicAuth("auditor", "demo").getForObject(ready.download(), byte[].class);

        assertThat(sha256(zip)).isEqualTo(ready.sha256());
        assertThat(unzip(zip)).containsKeys("INDEX.csv", "README.txt", "audit-trail.csv");
        assertThat(notifications.of("isms-manager")).anySatisfy(notification -> {
            assertThat(notification.title()).isEqualTo("Your evidence pack is ready");
            assertThat(notification.body()).contains(ready.sha256());
        });
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedAndViewersExportNoPack() {
        ResponseEntity<String> backwards = rest.withBasicAuth("isms-manager", "demo").getForEntity(
                "/api/evidence-pack?from=2026-12-31&to=2026-01-01", String.class);
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody()).contains("\"to\"").contains("ends before it starts");
        assertThat(rest.withBasicAuth("isms-manager", "demo").getForEntity("/api/evidence-pack?from=2020-01-01&to=2026-01-01", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.withBasicAuth("viewer", "demo").getForEntity("/api/evidence-pack?from=2026-01-01&to=2026-12-31", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static RiskDraft draft(String title) {
        return draft(title, null);
    }

    private static RiskDraft draft(String title, Long version) {
        return new RiskDraft(title, null, "Backups", "Ransomware", "Online backups", true, true, true, "risk-owner", 4, 4, Treatment.MODIFY,
                "Offline copies", 2, 3, null, version);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    /** The index's rows after its header; its fields hold no quote or comma. */
    private static List<String[]> csv(byte[] content) {
        return new String(content, StandardCharsets.UTF_8).lines().skip(1)
                .map(line -> line.substring(1, line.length() - 1).split("\",\"")).toList();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
