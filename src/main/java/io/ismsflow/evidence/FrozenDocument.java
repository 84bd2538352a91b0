package io.ismsflow.evidence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Documented information frozen when it was approved or taken (an issued SoA version, an audit report): its HTML
 * and the PDF rendered from it, each with its SHA-256. Never changed after.
 *
 * @param kind what it is, e.g. {@code soa}
 * @param reference which one of its kind, e.g. the SoA version number
 */
@Table("frozen_document")
public record FrozenDocument(@Id Long id, String kind, String reference, String title, @JsonIgnore String htmlKey, String htmlSha256,
                             @JsonIgnore String pdfKey, String pdfSha256, long pdfSize, String frozenBy, Instant frozenAt) {
}
