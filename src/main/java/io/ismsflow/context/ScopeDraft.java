package io.ismsflow.context;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ISMS scope (4.3) as a person drafts it.
 *
 * @param boundaries the organisational, physical and technical boundaries (4.3 a, b)
 * @param interfaces interfaces and dependencies with activities of others (4.3 c)
 * @param version on a change to a draft: the version changed
 */
public record ScopeDraft(
        @NotBlank @Size(max = 4000) String statement,
        @NotBlank @Size(max = 4000) String boundaries,
        @Size(max = 4000) String interfaces,
        @Size(max = 50) List<@NotNull @Valid Exclusion> exclusions,
        @NotNull(groups = OnUpdate.class) Long version) {

    public ScopeDraft {
        exclusions = exclusions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(exclusions));
    }

    /** Validation group of a change to a draft: the client must say which version it changes. */
    public interface OnUpdate extends Default {
    }

    /** Something left out of the scope, and why (an exclusion needs its justification). */
    public record Exclusion(@NotBlank @Size(max = 1000) String exclusion, @NotBlank @Size(max = 2000) String reason) {
    }
}
