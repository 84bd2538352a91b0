package io.ismsflow.corrective;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** One corrective action of an approved plan (10.2 c), done by its owner with evidence, and the ISMS changes it implies. */
public class CorrectiveAction {

    public enum State {
        PLANNED, DONE
    }

    @Id
    private Long id;
    private long nonconformityId;
    private int round;
    private int planVersion;
    private int position;
    private String title;
    private String owner;
    private LocalDate dueDate;
    private State state;
    private String evidence;
    private String notes;
    private String implementedBy;
    private Instant implementedAt;
    @MappedCollection(idColumn = "corrective_action", keyColumn = "corrective_action_key")
    private List<IsmsChange> changes = new ArrayList<>();
    @Version
    private Long version;

    @PersistenceCreator
    CorrectiveAction() {
    }

    static CorrectiveAction plan(Nonconformity nc, int position, PlannedAction planned, List<IsmsChange> changes) {
        CorrectiveAction action = new CorrectiveAction();
        action.nonconformityId = nc.getId();
        action.round = nc.round();
        action.planVersion = nc.planVersion();
        action.position = position;
        action.title = planned.title();
        action.owner = planned.owner();
        action.dueDate = planned.dueDate();
        action.state = State.PLANNED;
        action.changes = new ArrayList<>(changes);
        return action;
    }

    boolean implement(String evidence, String notes, String by, Instant at) {
        if (state == State.DONE) {
            return false;
        }
        this.evidence = evidence;
        this.notes = notes;
        this.implementedBy = by;
        this.implementedAt = at;
        state = State.DONE;
        return true;
    }

    /** Applies each change not yet applied; returns how many it applied. */
    int applyChanges(UnaryOperator<IsmsChange> apply) {
        int applied = 0;
        for (int i = 0; i < changes.size(); i++) {
            if (!changes.get(i).isApplied()) {
                changes.set(i, apply.apply(changes.get(i)));
                applied++;
            }
        }
        return applied;
    }

    public Long getId() { return id; }
    public long getNonconformityId() { return nonconformityId; }
    public int getRound() { return round; }
    public int getPlanVersion() { return planVersion; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public String getOwner() { return owner; }
    public LocalDate getDueDate() { return dueDate; }
    public State getState() { return state; }
    public String getEvidence() { return evidence; }
    public String getNotes() { return notes; }
    public String getImplementedBy() { return implementedBy; }
    public Instant getImplementedAt() { return implementedAt; }
    public List<IsmsChange> getChanges() { return List.copyOf(changes); }
    public Long getVersion() { return version; }
}
