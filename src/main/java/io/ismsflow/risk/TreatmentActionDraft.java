package io.ismsflow.risk;

import io.ismsflow.security.KnownPerson;
import io.ismsflow.web.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An action of the treatment plan as its planner enters it.
 *
 * @param controlId the control it implements (its status follows when the action is done), if any
 * @param resources what it needs (people, budget, tools): 6.2 f asks for them
 */
public record TreatmentActionDraft(
        @NotBlank @Size(max = 300) String title,
        @Pattern(regexp = "[A-Za-z0-9.-]{1,16}", message = "is not a control id") String controlId,
        @NotBlank @KnownPerson String owner,
        @Size(max = 1000) String resources,
        @NotNull @PlausibleDate LocalDate dueDate) {
}
