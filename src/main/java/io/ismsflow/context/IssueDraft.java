package io.ismsflow.context;

import io.ismsflow.security.KnownPerson;
import io.ismsflow.web.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.time.LocalDate;

/** An issue (4.1) as a person records or edits it: what it is, where it comes from, what it does to the ISMS, who watches it. */
public record IssueDraft(
        @NotBlank @Size(max = 200) String title,
        @NotNull IssueOrigin origin,
        @NotNull IssueCategory category,
        @NotBlank @Size(max = 4000) String effect,
        @NotBlank @Size(max = 100) @KnownPerson String owner,
        @NotNull @PlausibleDate LocalDate reviewDue,
        @NotNull(groups = OnUpdate.class) Long version) {

    /** Validation group of a change to an existing issue: the client must say which version it changes. */
    public interface OnUpdate extends Default {
    }
}
