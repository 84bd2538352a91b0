package io.ismsflow.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What top management records of the meeting (9.3.1, 9.3.3): the conclusion on the ISMS's continuing suitability,
 * adequacy and effectiveness, notes on the inputs, decisions and actions, and whether the climate decision still holds.
 */
public record Meeting(
        @NotBlank @Size(max = 8000) String conclusion,
        @Size(max = 20000) String notes,
        boolean climateReconfirmed,
        @NotNull List<@Valid DecisionDraft> decisions,
        @NotNull List<@Valid PlannedReviewAction> actions) {

    /**
     * A decision as taken: its type and text, whether it needs corrective action (a nonconformity is raised), and the risk
     * whose review it starts (a change to the ISMS, a risk acceptance), if any.
     */
    public record DecisionDraft(@NotNull DecisionType type, @NotBlank @Size(max = 4000) String text, boolean needsCorrectiveAction,
                                @Pattern(regexp = "R-\\d{3,}", message = "must be a risk code such as R-004") String riskCode) {
    }
}
