package io.ismsflow.context;

import io.ismsflow.security.KnownPerson;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An ISMS role as a person defines or changes it (5.3).
 *
 * @param taskGroup the sign-in group whose process tasks the role performs (e.g. {@code risk-owners}), if any
 * @param holders the user names of the people holding it
 */
public record RoleDraft(
        @NotBlank @Size(max = 120) String name,
        @Pattern(regexp = "isms-managers|risk-owners|auditors|top-management", message = "must be one of isms-managers, risk-owners, auditors, top-management")
        String taskGroup,
        @NotBlank @Size(max = 4000) String responsibilities,
        @Size(max = 4000) String authorities,
        @Size(max = 50) List<@NotBlank @KnownPerson String> holders,
        @NotNull(groups = OnUpdate.class) Long version) {

    public RoleDraft {
        holders = holders == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(holders));
    }

    /** Validation group of a change to an existing role: the client must say which version it changes. */
    public interface OnUpdate extends Default {
    }
}
