package io.ismsflow.documents;

import io.ismsflow.security.KnownPerson;
import io.ismsflow.web.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a document is, as a person records or changes it: its text comes in versions ({@link Revision}).
 *
 * @param controls the Annex A (or own) controls it implements, by id
 * @param audience the ISMS roles (their ids) told when a version is published
 * @param firstVersion on recording only: the first version's text
 * @param approvedBefore on recording only, for a document approved before ISMS Flow kept the register
 */
public record DocumentDraft(
        @NotBlank @Size(max = 200) String title,
        @NotNull DocumentType type,
        @NotBlank @KnownPerson String owner,
        @NotNull Classification classification,
        @Size(max = 100) List<@NotBlank @Pattern(regexp = "[A-Za-z0-9.-]{1,16}", message = "is not a control id") String> controls,
        @Size(max = 20) List<@NotNull Long> audience,
        @Valid Revision firstVersion,
        @Valid ApprovedBefore approvedBefore,
        @NotNull(groups = OnUpdate.class) Long version) {

    public DocumentDraft {
        controls = controls == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(controls.stream().distinct().toList()));
        audience = audience == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(audience.stream().distinct().toList()));
    }

    /** Validation group of a change to an existing document: the client must say which version it changes. */
    public interface OnUpdate extends Default {
    }

    /** The approval a document had before it came into the register, kept as its first version's approval. */
    public record ApprovedBefore(
            @NotBlank @KnownPerson String approvedBy,
            @NotNull @PlausibleDate LocalDate approvedOn,
            @NotNull @PlausibleDate LocalDate nextReviewOn) {
    }
}
