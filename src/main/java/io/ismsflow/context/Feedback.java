package io.ismsflow.context;

import io.ismsflow.web.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Feedback from an interested party (9.3.2 e): kept as received, with the organisation's response. */
@Table("party_feedback")
public record Feedback(@Id Long id, long party, LocalDate receivedOn, FeedbackChannel channel, String summary, String response,
                       String nonconformity, String recordedBy, Instant recordedAt) {

    /** Feedback as a person records it; the nonconformity it led to by its code (NC-0003), if any. */
    public record Draft(@NotNull @PlausibleDate LocalDate receivedOn, @NotNull FeedbackChannel channel,
                        @NotBlank @Size(max = 2000) String summary, @Size(max = 2000) String response,
                        @Pattern(regexp = "NC-\\d{4,}", message = "must be a nonconformity's code, such as NC-0003") String nonconformity) {
    }
}
