package io.ismsflow.corrective;

import io.ismsflow.security.KnownPerson;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A nonconformity as it is raised, from the API or by another process (message {@code nonconformity-raised}).
 * The reference is the raiser's unique id for it, and the message's correlation key; one is made up when absent.
 */
public record NonconformityDraft(
        @Size(max = 120) String reference,
        @NotNull NonconformitySource source,
        @Size(max = 120) String sourceReference,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = 200) String area,
        @NotNull Severity severity,
        @NotBlank @Size(max = 100) @KnownPerson String owner,
        List<@NotBlank String> controls,
        List<@NotNull Long> risks) {

    public NonconformityDraft {
        // Copied without List.copyOf, which throws on a null element: validation names that element instead.
        controls = controls == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(controls));
        risks = risks == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(risks));
    }
}
