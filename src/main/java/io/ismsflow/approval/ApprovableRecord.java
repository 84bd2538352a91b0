package io.ismsflow.approval;

import io.ismsflow.trail.Actor;

/**
 * A kind of versioned documented information that is approved through the {@code approval} process (the ISMS
 * scope, the risk criteria…). The module that owns the records implements it; the approval process knows none.
 */
public interface ApprovableRecord {

    /** The record type the process names, e.g. {@code isms-scope}. */
    String type();

    /** What is up for approval and who proposed it (who may therefore not approve it). */
    Proposal proposal(long id);

    /**
     * Records the decision, once: a redelivered job finds it taken and changes nothing.
     *
     * @param stage the stage approved, for records approved in more than one ({@link Approvals#SINGLE} otherwise)
     * @param note the approver's note; required when sent back
     */
    void decide(long id, String stage, boolean approved, String note, Actor actor);

    /**
     * @param subject how people name it, e.g. "ISMS scope, version 3"
     * @param approverGroup {@code top-management} or {@code isms-managers}
     */
    record Proposal(String subject, String proposedBy, String approverGroup) {
    }
}
