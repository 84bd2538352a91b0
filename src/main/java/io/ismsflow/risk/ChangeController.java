package io.ismsflow.risk;

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

@Tag(name = "Changes", description = "Significant changes, incidents and findings that start reviews of the risks they affect (8.2)")
@RestController
@RequestMapping("/api/changes")
class ChangeController {

    private final RiskChanges changes;

    ChangeController(RiskChanges changes) {
        this.changes = changes;
    }

    @GetMapping
    List<ChangeRecord> all() {
        return changes.all();
    }

    @GetMapping("/{id}")
    ChangeRecord change(@PathVariable long id) {
        return changes.get(id);
    }

    /** Records the change (201) and starts the reviews of the risks it names; those under review already are left to that review. */
    @PostMapping
    ResponseEntity<RiskChanges.Recorded> record(@Valid @RequestBody ChangeDraft draft, Principal principal) {
        RiskChanges.Recorded recorded = changes.record(draft, Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/changes/" + recorded.change().id())).body(recorded);
    }
}
