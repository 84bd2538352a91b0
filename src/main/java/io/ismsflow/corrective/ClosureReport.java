package io.ismsflow.corrective;

import java.time.Instant;
import java.util.List;

/**
 * The documented information kept when a nonconformity closes (10.2 f, g): its nature, its consequences, the
 * causes found and where else it could occur, the
 * actions taken with their evidence, the results of the effectiveness reviews, and the timeline.
 */
record ClosureReport(String nonconformity, String nature, String severity, String containment, String consequences,
                     List<Nonconformity.RootCauseAnalysis> causes, List<Action> actionsTaken,
                     List<Nonconformity.EffectivenessReview> results, List<TimelineEntry> timeline) {

    record Action(int round, String title, String owner, String evidence, String implementedBy, Instant implementedAt,
                  List<IsmsChange> ismsChanges) {
    }

    static ClosureReport of(Nonconformity nc, List<CorrectiveAction> actions, List<TimelineEntry> timeline) {
        return new ClosureReport(nc.getCode() + " " + nc.getTitle(), nc.getDescription(), nc.getSeverity().name(),
                nc.getContainment(), nc.getConsequences() == null ? "none" : nc.getConsequences(), nc.getAnalyses(),
                actions.stream()
                        .filter(action -> action.getState() == CorrectiveAction.State.DONE)
                        .map(action -> new Action(action.getRound(), action.getTitle(), action.getOwner(), action.getEvidence(),
                                action.getImplementedBy(), action.getImplementedAt(), action.getChanges()))
                        .toList(),
                nc.getEffectivenessReviews(), timeline);
    }
}
