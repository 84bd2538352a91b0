package io.ismsflow.review;

import io.ismsflow.web.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An action a management review decided (9.3.3), e.g. MR-2027-Q1-A2: owner, due date, and the evidence it was done. */
@Table("review_action")
public class ReviewAction {

    public enum State {
        OPEN, DONE
    }

    @Id
    private Long id;
    private long review;
    private String code;
    private String title;
    private String owner;
    private LocalDate dueOn;
    private Integer decision;
    private State state;
    private String evidence;
    private String doneBy;
    private Instant doneAt;
    @Version
    private Long version;

    @PersistenceCreator
    ReviewAction() {
    }

    static ReviewAction decided(long review, String code, PlannedReviewAction planned) {
        ReviewAction action = new ReviewAction();
        action.review = review;
        action.code = code;
        action.title = planned.title();
        action.owner = planned.owner();
        action.dueOn = planned.dueDate();
        action.decision = planned.decision();
        action.state = State.OPEN;
        return action;
    }

    /** @return false when done already (a redelivered job) */
    boolean done(String evidence, String by, Instant at) {
        if (state == State.DONE) {
            return false;
        }
        if (evidence == null || evidence.isBlank()) {
            throw new ConflictException(code + " is done with its evidence");
        }
        state = State.DONE;
        this.evidence = evidence;
        doneBy = by;
        doneAt = at;
        return true;
    }

    public boolean isOverdue(LocalDate today) {
        return state == State.OPEN && dueOn.isBefore(today);
    }

    public Long getId() { return id; }
    public long getReview() { return review; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getOwner() { return owner; }
    public LocalDate getDueOn() { return dueOn; }
    public Integer getDecision() { return decision; }
    public State getState() { return state; }
    public String getEvidence() { return evidence; }
    public String getDoneBy() { return doneBy; }
    public Instant getDoneAt() { return doneAt; }
    public Long getVersion() { return version; }
}
