package io.ismsflow.soa;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** One control as an issued SoA states it (6.1.3 d): decision, justification, implementation. */
public record SoaRow(String id, String title, Theme theme, ControlSource source, Boolean applicable, Set<InclusionReason> reasons,
                     String inclusionJustification, String exclusionJustification, ImplementationStatus status, String owner,
                     List<String> evidence, LocalDate lastVerifiedAt) {

    static SoaRow of(Control control) {
        return new SoaRow(control.getId(), control.getTitle(), control.getTheme(), control.getSource(), control.getApplicable(),
                control.getInclusionReasons(), control.getInclusionJustification(), control.getExclusionJustification(),
                control.getImplementationStatus(), control.getOwner(), control.getEvidence(), control.getLastVerifiedAt());
    }
}
