package io.ismsflow.measurement;

import io.ismsflow.trail.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Improvements", description = "The improvement register (10.1): opportunities and their decisions")
@RestController
@RequestMapping("/api/improvements")
class ImprovementController {

    private final Improvements improvements;

    ImprovementController(Improvements improvements) {
        this.improvements = improvements;
    }

    @GetMapping
    List<Improvement> all() {
        return improvements.all();
    }

    @GetMapping("/{id}")
    Improvement improvement(@PathVariable long id) {
        return improvements.get(id);
    }

    /** Proposes an opportunity (201); anyone who contributes to the ISMS may. */
    @PostMapping
    ResponseEntity<Improvement> propose(@Valid @RequestBody ImprovementDraft draft, Principal principal) {
        Improvement improvement = improvements.propose(draft, Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/improvements/" + improvement.getId())).body(improvement);
    }

    /** Adopts, defers or rejects it with the reason, or marks an adopted one done (ISMS managers); 409 on a stale version. */
    @PostMapping("/{id}/decision")
    Improvement decide(@PathVariable long id, @Valid @RequestBody ImprovementDecision decision, Principal principal) {
        return improvements.decide(id, decision, Actor.of(principal));
    }
}
