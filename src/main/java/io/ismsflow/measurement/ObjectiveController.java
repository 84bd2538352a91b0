package io.ismsflow.measurement;

import io.ismsflow.trail.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Objectives", description = "Information security objectives (6.2) and how they stand")
@RestController
@RequestMapping("/api/objectives")
class ObjectiveController {

    private final Objectives objectives;
    private final Clock clock;

    ObjectiveController(Objectives objectives, Clock clock) {
        this.objectives = objectives;
        this.clock = clock;
    }

    @GetMapping
    List<Objective> all() {
        return objectives.all();
    }

    /** The objective with how it stands today and its history. */
    @GetMapping("/{id}")
    Objectives.Standing objective(@PathVariable long id) {
        return objectives.standing(id, LocalDate.now(clock));
    }

    /** Sets an objective (201); ISMS managers and top management. */
    @PostMapping
    ResponseEntity<Objective> set(@Valid @RequestBody ObjectiveDraft draft, Principal principal) {
        Objective objective = objectives.set(draft, Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/objectives/" + objective.getId())).body(objective);
    }
}
