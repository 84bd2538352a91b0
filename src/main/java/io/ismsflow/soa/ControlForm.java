package io.ismsflow.soa;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/** The SoA decision screen's fields as the browser posts them; evidence one reference a line. Checked as a {@link ControlDecision}. */
record ControlForm(Boolean applicable, Set<InclusionReason> inclusionReasons, String inclusionJustification,
                   String exclusionJustification, ImplementationStatus implementationStatus, String owner, String evidence,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastVerifiedAt, Long version) {

    static ControlForm of(Control control) {
        return new ControlForm(control.getApplicable(), control.getInclusionReasons(), control.getInclusionJustification(),
                control.getExclusionJustification(), control.getImplementationStatus(), control.getOwner(),
                String.join("\n", control.getEvidence()), control.getLastVerifiedAt(), control.getVersion());
    }

    ControlDecision decision() {
        return new ControlDecision(applicable, inclusionReasons, blankToNull(inclusionJustification), blankToNull(exclusionJustification),
                implementationStatus, blankToNull(owner),
                evidence == null ? null : Arrays.stream(evidence.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList(),
                lastVerifiedAt, version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
