package io.ismsflow.review;

import io.ismsflow.security.KnownPerson;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An action as top management decides it in the meeting: what, who, by when, and the decision it carries out (its number). */
public record PlannedReviewAction(
        @NotBlank @Size(max = 500) String title,
        @NotBlank @KnownPerson String owner,
        @NotNull LocalDate dueDate,
        Integer decision) {
}
