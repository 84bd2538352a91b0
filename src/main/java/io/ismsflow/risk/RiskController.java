package io.ismsflow.risk;

import io.ismsflow.trail.Actor;
import io.ismsflow.web.PlausibleDate;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Risk register", description = "Risks (6.1.2, 8.2): identify, edit, read their assessments, start a review")
@RestController
@RequestMapping("/api/risks")
class RiskController {

    private final RiskRegister register;
    private final TreatmentPlans treatments;
    private final RiskReviews reviews;

    RiskController(RiskRegister register, RiskReviews reviews, TreatmentPlans treatments) {
        this.register = register;
        this.treatments = treatments;
        this.reviews = reviews;
    }

    @GetMapping
    List<Risk> all() {
        return register.all();
    }

    @GetMapping("/{id}")
    Risk get(@PathVariable long id) {
        return register.get(id);
    }

    @GetMapping("/{id}/assessments")
    List<RiskAssessment> assessments(@PathVariable long id) {
        return register.assessmentsOf(id);
    }

    @PostMapping
    ResponseEntity<Risk> identify(@Valid @RequestBody RiskDraft draft, Principal principal) {
        Risk risk = register.identify(draft, Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/risks/" + risk.getId())).body(risk);
    }

    @PutMapping("/{id}")
    Risk edit(@PathVariable long id, @Validated(RiskDraft.OnUpdate.class) @RequestBody RiskDraft draft, Principal principal) {
        return register.edit(id, draft, Actor.of(principal));
    }

    /** Starts a review now, whatever the next review date says. */
    @PostMapping("/{id}/reviews")
    ResponseEntity<Void> startReview(@PathVariable long id, Principal principal) {
        reviews.start(id, Actor.of(principal).person());
        return ResponseEntity.accepted().build();
    }

    /** Moves the next review later: an ISMS manager's approval with the reason (8.2). */
    @PostMapping("/{id}/deferral")
    Risk defer(@PathVariable long id, @Valid @RequestBody Deferral deferral, Principal principal) {
        return register.defer(id, deferral.nextReviewDue(), deferral.reason(), Actor.of(principal));
    }

    /** @param reason why the review may wait */
    record Deferral(@NotNull @PlausibleDate LocalDate nextReviewDue, @NotBlank @Size(max = 2000) String reason) {
    }

    /** The treatment plan (6.1.3 e): its actions, planned, in progress or done with their evidence. */
    @GetMapping("/{id}/treatment-actions")
    List<TreatmentAction> treatmentActions(@PathVariable long id) {
        register.get(id);
        return treatments.of(id);
    }

    /** Plans an action; the next review that decides to modify the risk starts it as its owner's task. */
    @PostMapping("/{id}/treatment-actions")
    ResponseEntity<TreatmentAction> planTreatmentAction(@PathVariable long id, @Valid @RequestBody TreatmentActionDraft draft, Principal principal) {
        TreatmentAction action = treatments.plan(register.get(id), draft, Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/risks/" + id + "/treatment-actions")).body(action);
    }
}
