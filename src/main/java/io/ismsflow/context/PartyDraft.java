package io.ismsflow.context;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An interested party as a person records or edits it, with its relevant requirements (4.2 b) and their decisions (4.2 c). */
public record PartyDraft(
        @NotBlank @Size(max = 200) String name,
        @NotNull PartyKind kind,
        @Size(max = 2000) String description,
        List<@NotNull @Valid Requirement> requirements,
        @NotNull(groups = OnUpdate.class) Long version) {

    public PartyDraft {
        requirements = requirements == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(requirements));
    }

    /** Validation group of a change to an existing party: the client must say which version it changes. */
    public interface OnUpdate extends Default {
    }

    /**
     * A requirement of the party, and whether the ISMS addresses it: how (controls, policies), or why not (4.2 c).
     */
    public record Requirement(
            @NotBlank @Size(max = 1000) String requirement,
            @Size(max = 300) String source,
            @NotNull Boolean addressed,
            @Size(max = 1000) String how,
            @Size(max = 1000) String whyNot,
            boolean climateRelated) {

        @AssertTrue(message = "say how the ISMS addresses it, or why it does not")
        boolean isDecisionExplained() {
            return addressed == null || (addressed ? how != null && !how.isBlank() : whyNot != null && !whyNot.isBlank());
        }
    }
}
