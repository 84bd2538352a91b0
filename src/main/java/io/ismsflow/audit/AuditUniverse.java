package io.ismsflow.audit;

import io.ismsflow.soa.StatementOfApplicability;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.Versions;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit universe (9.2.2): the areas an audit programme plans from. A new installation starts with the ISMS
 * processes by clause and the Annex A controls in groups; the ISMS manager names owners, adjusts importance, adds and
 * retires areas. Areas are never deleted: past audits refer to them.
 */
@Service
@Transactional
public class AuditUniverse {

    static final String ENTITY = "audit-area";

    private final AuditAreaRepository areas;
    private final StatementOfApplicability soa;
    private final AuditTrail trail;

    AuditUniverse(AuditAreaRepository areas, StatementOfApplicability soa, AuditTrail trail) {
        this.areas = areas;
        this.soa = soa;
        this.trail = trail;
    }

    @Transactional(readOnly = true)
    public List<AuditArea> all() {
        return areas.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    public List<AuditArea> active() {
        return all().stream().filter(area -> !area.isRetired()).toList();
    }

    @Transactional(readOnly = true)
    public AuditArea get(long id) {
        return areas.findById(id).orElseThrow(() -> new NoSuchElementException("Audit area " + id + " does not exist"));
    }

    /** An area's change, or a new area (no id); the version is the one the change was made to. */
    public record AreaChange(Long id, Long version, @Valid @NotNull AreaDraft area) {
    }

    /**
     * Applies the ISMS manager's changes to the universe in one transaction: all of them or none. Problems are named
     * by position, e.g. {@code areas[2].requirements}.
     */
    public List<AuditArea> change(List<AreaChange> changes, Actor actor) {
        Map<String, String> problems = new TreeMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            AreaChange change = changes.get(i);
            String at = "areas[" + i + "].";
            if (!names.add(change.area().name())) {
                problems.put(at + "name", "names an area twice");
            }
            change.area().requirements().stream().filter(requirement -> !isKnown(requirement)).findFirst()
                    .ifPresent(unknown -> problems.put(at + "requirements", unknown + " is neither a clause of 4–10 nor an Annex A control (A.5.1–A.8.34)"));
            areas.findByName(change.area().name()).filter(other -> !other.getId().equals(change.id()))
                    .ifPresent(other -> problems.put(at + "name", "is the name of another area"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return changes.stream().map(change -> apply(change, actor)).toList();
    }

    private AuditArea apply(AreaChange change, Actor actor) {
        if (change.id() == null) {
            AuditArea added = areas.save(AuditArea.of(change.area()));
            trail.record(ENTITY, added.getId(), "added", null, added, actor);
            return added;
        }
        AuditArea area = get(change.id());
        Versions.requireCurrent("Audit area \"" + area.getName() + "\"", area.getVersion(), change.version());
        var before = trail.snapshot(area);
        area.change(change.area());
        AuditArea saved = areas.save(area);
        trail.record(ENTITY, saved.getId(), "changed", before, saved, actor);
        return saved;
    }

    private boolean isKnown(String requirement) {
        if (Requirements.isControl(requirement)) {
            return soa.exists(Requirements.controlId(requirement));
        }
        return Requirements.isKnownForm(requirement) && !Requirements.isDocument(requirement);
    }
}
