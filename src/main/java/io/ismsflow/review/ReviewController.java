package io.ismsflow.review;

import io.ismsflow.evidence.FrozenDocumentResponses;
import io.ismsflow.evidence.FrozenDocuments;
import io.ismsflow.trail.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Management review", description = "The management reviews (9.3): frozen inputs a–g, decisions, actions, frozen minutes")
@RestController
@RequestMapping("/api/management-reviews")
class ReviewController {

    private final ManagementReviews reviews;
    private final ReviewActions actions;
    private final FrozenDocumentResponses frozen;
    private final FrozenDocuments documents;

    ReviewController(ManagementReviews reviews, ReviewActions actions, FrozenDocumentResponses frozen, FrozenDocuments documents) {
        this.reviews = reviews;
        this.actions = actions;
        this.frozen = frozen;
        this.documents = documents;
    }

    /** A quarter's review ({@code period}, e.g. 2027-Q1), or an extraordinary one now ({@code reason}, no period). */
    record ReviewRequest(@Pattern(regexp = "\\d{4}-Q[1-4]", message = "must be a quarter such as 2027-Q1") String period,
                         @Size(max = 1000) String reason) {
    }

    /**
     * A review with its frozen inputs keyed a, b, c, d1 … g (each with its figures, trend and records), their SHA-256, its
     * decisions, its actions with their state and the frozen minutes' SHA-256.
     */
    record ReviewView(ManagementReview review, Map<String, InputPack.Input> inputs, String inputsSha256, List<ManagementReview.Decision> decisions,
                      List<ReviewAction> actions, String minutesSha256) {
    }

    @GetMapping
    List<ManagementReview> reviews() {
        return reviews.all();
    }

    /** Starts the review of a period (201; 409 if the period has one), or an extraordinary one with its reason. ISMS managers and top management. */
    @PostMapping
    ResponseEntity<ReviewView> request(@Validated @RequestBody ReviewRequest request, Principal principal) {
        ManagementReview review = request.period() != null ? reviews.request(request.period(), Actor.of(principal))
                : reviews.requestExtraordinary(request.reason(), Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/management-reviews/" + review.getId())).body(view(review));
    }

    @GetMapping("/{id}")
    ReviewView review(@PathVariable long id) {
        return view(reviews.get(id));
    }

    /** The frozen minutes: HTML, or the PDF with {@code Accept: application/pdf}; 404 until they are approved. */
    @GetMapping(value = "/{id}/minutes", produces = {MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_PDF_VALUE})
    ResponseEntity<byte[]> minutes(@PathVariable long id, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ManagementReview review = reviews.get(id);
        if (review.getMinutesDocument() == null) {
            throw new NoSuchElementException("The minutes of " + review.getPeriod() + " are not approved yet");
        }
        return accept != null && accept.contains(MediaType.APPLICATION_PDF_VALUE) ? frozen.pdf(review.getMinutesDocument())
                : frozen.html(review.getMinutesDocument());
    }

    private ReviewView view(ManagementReview review) {
        Map<String, InputPack.Input> inputs = new LinkedHashMap<>();
        if (review.getInputsSha256() != null) {
            reviews.inputsOf(review).inputs().forEach(input -> inputs.put(input.key(), input));
        }
        return new ReviewView(review, inputs, review.getInputsSha256(), review.getDecisions(), actions.of(review.getId()),
                review.getMinutesDocument() == null ? null : documents.get(review.getMinutesDocument()).pdfSha256());
    }
}
