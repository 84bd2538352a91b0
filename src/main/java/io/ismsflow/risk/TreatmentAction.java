package io.ismsflow.risk;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One action of a risk's treatment plan (6.1.3 e): planned, then implemented by its owner with evidence (8.3). */
@Table("treatment_action")
public class TreatmentAction {

    public enum Status {
        /** Planned, its implementation not started yet. */
        PLANNED,
        /** Its owner's task runs. */
        IN_PROGRESS,
        DONE
    }

    @Id
    private Long id;
    private long risk;
    private String title;
    private String controlId;
    private String owner;
    private String resources;
    private LocalDate dueDate;
    private Status status;
    private String evidence;
    private String doneBy;
    private Instant doneAt;
    private Long processInstanceKey;
    private String plannedBy;
    private Instant plannedAt;
    @Version
    private Long version;

    @PersistenceCreator
    TreatmentAction() {
    }

    static TreatmentAction planned(long risk, TreatmentActionDraft draft, String by, Instant at) {
        TreatmentAction action = new TreatmentAction();
        action.risk = risk;
        action.title = draft.title();
        action.controlId = draft.controlId();
        action.owner = draft.owner();
        action.resources = draft.resources();
        action.dueDate = draft.dueDate();
        action.status = Status.PLANNED;
        action.plannedBy = by;
        action.plannedAt = at;
        return action;
    }

    void started(long processInstance) {
        status = Status.IN_PROGRESS;
        processInstanceKey = processInstance;
    }

    /** @return false when it was done already (a redelivered job) */
    boolean done(String withEvidence, String by, Instant at) {
        if (status == Status.DONE) {
            return false;
        }
        status = Status.DONE;
        evidence = withEvidence;
        doneBy = by;
        doneAt = at;
        return true;
    }

    public Long getId() { return id; }
    public long getRisk() { return risk; }
    public String getTitle() { return title; }
    public String getControlId() { return controlId; }
    public String getOwner() { return owner; }
    public String getResources() { return resources; }
    public LocalDate getDueDate() { return dueDate; }
    public Status getStatus() { return status; }
    public String getEvidence() { return evidence; }
    public String getDoneBy() { return doneBy; }
    public Instant getDoneAt() { return doneAt; }
    public Long getProcessInstanceKey() { return processInstanceKey; }
    public String getPlannedBy() { return plannedBy; }
    public Instant getPlannedAt() { return plannedAt; }
    public Long getVersion() { return version; }
}
