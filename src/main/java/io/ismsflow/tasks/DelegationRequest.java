package io.ismsflow.tasks;

import io.ismsflow.security.KnownPerson;
import io.ismsflow.web.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Who stands in for the signed-in person, from when to when (both days included). */
public record DelegationRequest(@NotBlank @KnownPerson String delegate, @NotNull @PlausibleDate LocalDate startsOn,
                                @NotNull @PlausibleDate LocalDate endsOn) {
}
