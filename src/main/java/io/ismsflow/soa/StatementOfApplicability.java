package io.ismsflow.soa;

import io.ismsflow.evidence.EvidenceFile;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.Versions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The SoA's API: every change to a control goes through here, in one transaction with its audit-trail row. */
@Service
@Transactional
public class StatementOfApplicability {

    static final String ENTITY = "control";

    private final ControlRepository controls;
    private final RiskLinks links;
    private final AuditTrail trail;

    StatementOfApplicability(ControlRepository controls, RiskLinks links, AuditTrail trail) {
        this.controls = controls;
        this.links = links;
        this.trail = trail;
    }

    @Transactional(readOnly = true)
    public List<Control> all() {
        return controls.findAll().stream().sorted(SoaOrder.ORDER).toList();
    }

    /** A file attached as evidence of the control's implementation; the store keeps the file, the trail says who added it. */
    public void evidenceAdded(String controlId, EvidenceFile file, Actor actor) {
        Control control = get(controlId);
        trail.record(ENTITY, control.getId(), "evidence-added", null, file.trailFacts(), actor);
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> trailOf(String id) {
        return trail.find(ENTITY, id);
    }

    @Transactional(readOnly = true)
    public Control get(String id) {
        return controls.findById(id).orElseThrow(() -> new UnknownControlException(id));
    }

    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return controls.existsById(id);
    }

    public Control addOwnControl(OwnControlDraft draft, Actor actor) {
        if (controls.existsById(draft.id())) {
            throw new InvalidFieldsException(Map.of("id", "control " + draft.id() + " already exists"));
        }
        Control control = controls.save(Control.own(draft));
        trail.record(ENTITY, control.getId(), "added", null, control, actor);
        return control;
    }

    public Control decide(String id, ControlDecision decision, Actor actor) {
        var problems = decision.justificationProblems();
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        Control control = get(id);
        Versions.requireCurrent("Control " + id, control.getVersion(), decision.version());
        var before = trail.snapshot(control);
        control.decide(decision);
        return saveAndRecord(control, "decided", before, actor);
    }

    /**
     * The SoA follows the risk register: each control named by a risk's treatment, and each already linked to it, is
     * linked to the risk and becomes applicable for risk treatment. A link is a row of its own; the control itself
     * changes only when it was not yet applicable for this reason, under a row lock, so reviews naming the same
     * control at once neither rewrite it nor fail on its version. Read committed: the locked control is read as it
     * is, not as this transaction first saw the database. Unchanged controls get no trail row, so a repeated call
     * changes nothing. Unknown control ids fail the whole call before anything is written.
     * @return the controls linked or made applicable by this call
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<String> applyRiskTreatment(long riskId, String riskCode, Collection<String> controlIds, Actor actor) {
        Set<String> treating = new TreeSet<>(links.controlsOf(riskId));
        for (String id : controlIds) {
            if (!controls.existsById(id)) {
                throw new UnknownControlException(id);
            }
            treating.add(id);
        }
        List<String> changed = new ArrayList<>();
        for (String id : treating) {
            // Include before linking: the link's foreign key share-locks the control row, which a lock taken after it would deadlock on.
            boolean included = includeForRiskTreatment(id, actor);
            boolean linked = links.link(id, riskId);
            if (linked) {
                trail.record(ENTITY, id, "risk-linked", null, Map.of("risk", riskCode), actor);
            }
            if (included || linked) {
                changed.add(id);
            }
        }
        return changed;
    }

    /** The risks whose treatment needs the control. */
    @Transactional(readOnly = true)
    public Set<Long> risksTreatedBy(String controlId) {
        return links.risksOf(controlId);
    }

    /** Control id → the risks whose treatment needs it, for every control that has any. */
    @Transactional(readOnly = true)
    public Map<String, Set<Long>> risksTreatedByControl() {
        return links.all();
    }

    private boolean includeForRiskTreatment(String id, Actor actor) {
        if (!get(id).treatRisks()) {
            return false; // the common case once a control treats risks: no lock, no write
        }
        Control control = controls.findLockedById(id).orElseThrow(() -> new UnknownControlException(id));
        var before = trail.snapshot(control);
        if (!control.treatRisks()) {
            return false;
        }
        saveAndRecord(control, "applicable-for-risk", before, actor);
        return true;
    }

    /** A corrective action makes the control applicable (10.2 e); unchanged if it already is, for this reason. */
    public void includeForCorrectiveAction(String controlId, String justification, Actor actor) {
        Control control = get(controlId);
        var before = trail.snapshot(control);
        if (control.include(InclusionReason.BUSINESS, justification)) {
            saveAndRecord(control, "applicable-for-corrective-action", before, actor);
        }
    }

    /**
     * A corrective action changes how far the control is implemented (10.2 e); unchanged if it already is so. A
     * control being implemented is applicable: one not decided yet becomes applicable first, for the given reason.
     */
    public void changeImplementationStatus(String controlId, ImplementationStatus status, String because, Actor actor) {
        Control control = get(controlId);
        if (status != ImplementationStatus.NOT_STARTED && control.getApplicable() == null) {
            var undecided = trail.snapshot(control);
            if (control.include(InclusionReason.BUSINESS, because)) {
                control = saveAndRecord(control, "applicable-for-corrective-action", undecided, actor);
            }
        }
        var before = trail.snapshot(control);
        if (control.changeStatus(status)) {
            saveAndRecord(control, "status-changed", before, actor);
        }
    }

    private Control saveAndRecord(Control control, String action, AuditTrail.Snapshot before, Actor actor) {
        Control saved = controls.save(control);
        trail.record(ENTITY, saved.getId(), action, before, saved, actor);
        return saved;
    }
}
