package io.ismsflow.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A version's text and what changed in it. The text is an uploaded file (sent beside it) or a link to where the
 * document lives.
 */
public record Revision(
        @NotBlank @Size(max = 2000) String changeSummary,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String link) {
}
