package io.ismsflow.soa;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One line of the Statement of Applicability (6.1.3 d): applicability, its justification, status, evidence and linked risks. */
public class Control {

    @Id
    private String id;
    private String title;
    private Theme theme;
    private ControlSource source;
    private Boolean applicable;
    @MappedCollection(idColumn = "control")
    private Set<Inclusion> inclusionReasons = new LinkedHashSet<>();
    private String inclusionJustification;
    private String exclusionJustification;
    private ImplementationStatus implementationStatus;
    private String owner;
    @MappedCollection(idColumn = "control", keyColumn = "control_key")
    private List<Evidence> evidence = List.of();
    private LocalDate lastVerifiedAt;
    @Version
    private Long version;

    private static final String TREATS_LINKED_RISKS = "treats the risks linked to it";

    @Table("control_inclusion_reason")
    record Inclusion(InclusionReason reason) {
    }

    @Table("control_evidence")
    record Evidence(String reference) {
    }

    @PersistenceCreator
    Control() {
    }

    static Control own(OwnControlDraft draft) {
        Control control = new Control();
        control.id = draft.id();
        control.title = draft.title();
        control.theme = draft.theme();
        control.source = ControlSource.ORGANISATION;
        control.implementationStatus = ImplementationStatus.NOT_STARTED;
        return control;
    }

    void decide(ControlDecision decision) {
        applicable = decision.applicable();
        inclusionReasons = decision.inclusionReasons().stream().map(Inclusion::new).collect(Collectors.toCollection(LinkedHashSet::new));
        inclusionJustification = decision.inclusionJustification();
        exclusionJustification = decision.exclusionJustification();
        implementationStatus = decision.implementationStatus();
        owner = decision.owner();
        evidence = decision.evidence().stream().map(Evidence::new).toList();
        lastVerifiedAt = decision.lastVerifiedAt();
    }

    /**
     * Makes the control applicable because risk treatments need it. The justification names no single risk: the
     * control's linked risks say which, and a new one does not change the control.
     * @return whether anything changed
     */
    boolean treatRisks() {
        return include(InclusionReason.RISK, TREATS_LINKED_RISKS);
    }

    /**
     * Makes the control applicable for the given reason, adding the justification unless it is already there.
     * @return whether anything changed
     */
    boolean include(InclusionReason reason, String justification) {
        boolean changed = false;
        if (!Boolean.TRUE.equals(applicable)) {
            applicable = true;
            exclusionJustification = null;
            changed = true;
        }
        changed |= inclusionReasons.add(new Inclusion(reason));
        if (inclusionJustification == null || inclusionJustification.isBlank()) {
            inclusionJustification = justification;
            changed = true;
        } else if (!mentions(inclusionJustification, justification)) {
            inclusionJustification = inclusionJustification + "; " + justification;
            changed = true;
        }
        return changed;
    }

    /** @return whether the status changed */
    boolean changeStatus(ImplementationStatus status) {
        if (status == implementationStatus) {
            return false;
        }
        if (Boolean.FALSE.equals(applicable) && status != ImplementationStatus.NOT_STARTED) {
            throw new IllegalStateException("Control " + id + " is excluded from the SoA and cannot be " + status);
        }
        implementationStatus = status;
        return true;
    }

    private static boolean mentions(String text, String phrase) {
        return Set.of(text.split(";\\s*")).contains(phrase);
    }

    public String getId() { return id; }
    public String getTitle() { return title; }
    public Theme getTheme() { return theme; }
    public ControlSource getSource() { return source; }
    public Boolean getApplicable() { return applicable; }
    public Set<InclusionReason> getInclusionReasons() {
        return inclusionReasons.stream().map(Inclusion::reason).collect(Collectors.toCollection(TreeSet::new));
    }
    public String getInclusionJustification() { return inclusionJustification; }
    public String getExclusionJustification() { return exclusionJustification; }
    public ImplementationStatus getImplementationStatus() { return implementationStatus; }
    public String getOwner() { return owner; }
    public List<String> getEvidence() { return evidence.stream().map(Evidence::reference).toList(); }
    public LocalDate getLastVerifiedAt() { return lastVerifiedAt; }
    public Long getVersion() { return version; }
}
