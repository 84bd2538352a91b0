package io.ismsflow.audit;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An auditable area of the audit universe: what it covers (clauses 4–10, Annex A controls), who owns it as auditee,
 * and how much it matters (1–5), which the programme's planning weighs.
 */
@Table("audit_area")
public class AuditArea {

    /** A clause ("9.2") or an Annex A control ("A.5.15") the area covers. */
    @Table("audit_area_requirement")
    record Requirement(String requirement) {
    }

    @Id
    private Long id;
    private String name;
    private String description;
    private String owner;
    private int importance;
    private boolean retired;
    @MappedCollection(idColumn = "area")
    private Set<Requirement> requirements = new LinkedHashSet<>();
    @Version
    private Long version;

    @PersistenceCreator
    AuditArea() {
    }

    static AuditArea of(AreaDraft draft) {
        AuditArea area = new AuditArea();
        area.change(draft);
        return area;
    }

    void change(AreaDraft draft) {
        name = draft.name();
        description = draft.description();
        owner = draft.owner();
        importance = draft.importance();
        retired = draft.retired();
        requirements = new LinkedHashSet<>(draft.requirements().stream().map(Requirement::new).toList());
    }

    /** The area's requirements in the standard's order: clauses first, then Annex A controls. */
    public List<String> getRequirements() {
        return requirements.stream().map(Requirement::requirement).sorted(Requirements.ORDER).toList();
    }

    /** The SoA ids ("5.15") of the Annex A controls the area covers. */
    public List<String> controlIds() {
        return getRequirements().stream().filter(Requirements::isControl).map(Requirements::controlId).toList();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public String getOwner() { return owner; }
    public int getImportance() { return importance; }
    public boolean isRetired() { return retired; }
    public Long getVersion() { return version; }

    static final Comparator<AuditArea> BY_NAME = Comparator.comparing(AuditArea::getName);
}
