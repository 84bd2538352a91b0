package io.ismsflow.reports;

import io.ismsflow.corrective.NonconformityHistory;
import io.ismsflow.documents.Document;
import io.ismsflow.documents.DocumentRegister;
import io.ismsflow.evidence.EvidenceFiles;
import io.ismsflow.evidence.FrozenDocument;
import io.ismsflow.evidence.FrozenDocuments;
import io.ismsflow.measurement.Metric;
import io.ismsflow.measurement.Metrics;
import io.ismsflow.review.ManagementReview;
import io.ismsflow.review.ManagementReviews;
import io.ismsflow.risk.RiskHistory;
import io.ismsflow.security.People;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.web.Labels;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Writes the audit-period evidence pack: what an auditor asks for to see that the ISMS operated over a period, by
 * clause, each file listed with its SHA-256 in INDEX.csv. Every record is read a page at a time and written as it is
 * read, so a year of a large ISMS needs no more memory than a small one.
 */
@Component
class EvidencePackWriter {

    /** Where each kind of frozen document belongs. */
    private static final Map<String, String> CLAUSE_OF_KIND = Map.of("soa", "6.1.3", "audit-report", "9.2", "audit-programme-report", "9.2",
            "review-minutes", "9.3");

    private final FrozenDocuments frozen;
    private final RiskHistory riskHistory;
    private final RegisterTables tables;
    private final DocumentRegister documents;
    private final Metrics metrics;
    private final ManagementReviews reviews;
    private final NonconformityHistory nonconformities;
    private final EvidenceFiles evidence;
    private final AuditTrail trail;
    private final People people;
    private final Labels labels;

    EvidencePackWriter(FrozenDocuments frozen, RiskHistory riskHistory, RegisterTables tables, DocumentRegister documents, Metrics metrics,
                       ManagementReviews reviews, NonconformityHistory nonconformities, EvidenceFiles evidence,
                       AuditTrail trail, People people, Labels labels) {
        this.frozen = frozen;
        this.riskHistory = riskHistory;
        this.tables = tables;
        this.documents = documents;
        this.metrics = metrics;
        this.reviews = reviews;
        this.nonconformities = nonconformities;
        this.evidence = evidence;
        this.trail = trail;
        this.people = people;
        this.labels = labels;
    }

    PackZip.Summary write(PackPeriod period, ExportHeading.Heading heading, OutputStream out) {
        try (PackZip pack = new PackZip(out)) {
            pack.add("", "What this pack is", "README.txt", file -> file.write(readme(period, heading).getBytes(StandardCharsets.UTF_8)));
            statementOfApplicability(period, pack);
            riskRegister(period, pack);
            riskAssessments(period, pack);
            frozenDocuments(period, pack);
            documentReviews(period, pack);
            measurements(period, pack);
            managementReviewPacks(period, pack);
            nonconformities(period, pack);
            evidenceFiles(period, pack);
            auditTrail(period, pack);
            return pack.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the evidence pack", e);
        }
    }

    private String readme(PackPeriod period, ExportHeading.Heading heading) {
        return String.join("\r\n", heading.line("Audit-period evidence pack"),
                "Period: " + period.from() + " to " + period.to() + " (whole days, " + period.zone() + ")", "",
                "INDEX.csv lists every file with the clause of ISO/IEC 27001:2022 it evidences and its SHA-256.",
                "Frozen documents (SoA versions, audit reports, management review minutes) are the PDFs frozen when they were approved.",
                "The risk register is each risk as the audit trail recorded it last before the period ended.",
                "The SHA-256 of this ZIP is written to the audit trail with who exported it.", "");
    }

    private void statementOfApplicability(PackPeriod period, PackZip pack) {
        frozen.inForceAt("soa", period.end()).ifPresent(soa -> pack.add("6.1.3", "Statement of Applicability in force on " + period.to() + ": "
                + soa.title(), pdfName(soa), file -> file.write(frozen.pdf(soa.id()))));
    }

    private void riskRegister(PackPeriod period, PackZip pack) {
        pack.addCsv("6.1.2", "Risk register as it stood on " + period.to(), "6.1.2/risk-register-" + period.to() + ".csv",
                RegisterTables.RISK_COLUMNS, line -> riskHistory.forEachAsOf(period.end(), risk -> line.accept(tables.row(risk))));
    }

    private void riskAssessments(PackPeriod period, PackZip pack) {
        pack.addCsv("8.2", "Risk assessments performed in the period", "8.2/risk-assessments.csv", List.of("Risk", "Assessed", "Assessed by",
                "Trigger", "Trigger reference", "Likelihood", "Impact", "Level", "Treatment", "Residual likelihood", "Residual impact",
                "Residual level", "Notes", "Process instance"), line -> riskHistory.forEachAssessment(period.start(), period.end(),
                (code, assessment) -> line.accept(fields(code, assessment.assessedAt(), people.displayName(assessment.assessedBy()),
                        labels.of(assessment.reviewTrigger()), assessment.triggerReference(), assessment.likelihood(), assessment.impact(),
                        labels.of(assessment.level()), labels.of(assessment.treatment()), assessment.residualLikelihood(),
                        assessment.residualImpact(), labels.of(assessment.residualLevel()), assessment.notes(), assessment.processInstanceKey()))));
    }

    private void frozenDocuments(PackPeriod period, PackZip pack) {
        for (FrozenDocument document : frozen.frozenBetween(period.start(), period.end())) {
            pack.add(CLAUSE_OF_KIND.getOrDefault(document.kind(), "7.5.3"), document.title() + " (frozen " + document.frozenAt() + ")",
                    pdfName(document), file -> file.write(frozen.pdf(document.id())));
        }
    }

    private static String pdfName(FrozenDocument document) {
        return CLAUSE_OF_KIND.getOrDefault(document.kind(), "7.5.3") + "/" + document.kind() + "-" + safe(document.reference()) + ".pdf";
    }

    private void documentReviews(PackPeriod period, PackZip pack) {
        Map<Long, Document> byId = new HashMap<>();
        pack.addCsv("7.5.3", "Reviews of documented information in the period", "7.5.3/document-reviews.csv", List.of("Document", "Title",
                "Round", "Version", "Outcome", "Note", "Reviewed by", "Reviewed", "Decision", "Decision note", "Decided by", "Decided",
                "Process instance"), line -> documents.reviewsBetween(period.start(), period.end()).forEach(review -> {
                    Document document = byId.computeIfAbsent(review.getDocument(), documents::get);
                    line.accept(fields(document.getCode(), document.getTitle(), review.getRound(), review.getVersionNumber(),
                            labels.of(review.getOutcome()), review.getNote(), people.displayName(review.getReviewedBy()), review.getReviewedAt(),
                            labels.of(review.getDecision()), review.getDecisionNote(), review.getDecidedBy() == null ? null
                                    : people.displayName(review.getDecidedBy()), review.getDecidedAt(), review.getProcessInstanceKey()));
                }));
    }

    private void measurements(PackPeriod period, PackZip pack) {
        Map<Long, Metric> byId = new HashMap<>();
        pack.addCsv("9.1", "Monitoring and measurement results taken in the period", "9.1/measurements.csv", List.of("Metric", "Period",
                "Value", "Unit", "Evaluation", "Measured by", "Measured", "Comment", "Evaluated by", "Evaluation note", "Follow-up"),
                line -> metrics.forEachMeasuredBetween(period.start(), period.end(), measurement -> {
                    Metric metric = byId.computeIfAbsent(measurement.metric(), metrics::get);
                    line.accept(fields(metric.getName(), measurement.period(), measurement.value(), metric.getUnit(),
                            labels.of(measurement.evaluation()), people.displayName(measurement.measuredBy()), measurement.measuredAt(),
                            measurement.comment(), measurement.evaluatedBy() == null ? null : people.displayName(measurement.evaluatedBy()),
                            measurement.evaluationNote(), measurement.followUp()));
                }));
    }

    private void managementReviewPacks(PackPeriod period, PackZip pack) {
        for (ManagementReview review : reviews.compiledBetween(period.start(), period.end())) {
            pack.add("9.3", "Management review " + review.getPeriod() + ": input pack as frozen (SHA-256 then " + review.getInputsSha256() + ")",
                    "9.3/management-review-" + safe(review.getPeriod()) + "-inputs.json",
                    file -> file.write(reviews.frozenInputs(review).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private void nonconformities(PackPeriod period, PackZip pack) {
        pack.addCsv("10.2", "Nonconformities open at some time in the period", "10.2/nonconformities.csv", RegisterTables.NONCONFORMITY_COLUMNS,
                line -> nonconformities.forEachOpenDuring(period.start(), period.end(), nc -> line.accept(tables.row(nc))));
        pack.addCsv("10.2", "Their timelines in the period: each step, when, by whom, through which process",
                "10.2/nonconformity-timelines.csv", List.of("Nonconformity", "When", "Step", "Action", "By", "Via", "Process instance"),
                line -> nonconformities.forEachTimelineEntryBetween(period.start(), period.end(), (code, entry) -> line.accept(fields(code, entry.at(),
                        entry.step(), entry.action(), people.displayName(entry.by()), entry.via(), entry.processInstanceKey()))));
    }

    private void evidenceFiles(PackPeriod period, PackZip pack) {
        evidence.forEachUploadedBetween(period.start(), period.end(), file -> pack.add("7.5.3", "Evidence for " + file.getOwnerType() + " "
                + file.getOwnerId() + ", uploaded " + file.getUploadedAt() + " by " + people.displayName(file.getUploadedBy()),
                "evidence/" + file.getId() + "-" + safe(file.getFilename()), out -> out.write(evidence.content(file.getId()))));
    }

    private void auditTrail(PackPeriod period, PackZip pack) {
        pack.addCsv("7.5.3", "Audit trail of the period: every change, from what to what, by whom and through which process",
                "audit-trail.csv", List.of("Entry", "When", "Record type", "Record", "Action", "By", "Job type", "Job", "Process instance",
                        "Element", "Before", "After"), line -> trail.forEachBetween(period.start(), period.end(), entry -> line.accept(fields(
                        entry.id(), entry.occurredAt(), entry.entityType(), entry.entityId(), entry.action(), entry.actor(), entry.jobType(),
                        entry.jobKey(), entry.processInstanceKey(), entry.elementId(), entry.beforeState(), entry.afterState()))));
    }

    /** A CSV line's fields: nothing as empty, instants as ISO 8601 (exact, in UTC), the rest as text. */
    private static List<String> fields(Object... values) {
        return Arrays.stream(values).map(value -> value == null ? "" : value instanceof Instant instant ? instant.toString()
                : Objects.toString(value)).toList();
    }

    /** A name safe in a ZIP on every system: no path, no characters a file system refuses. */
    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
