package io.ismsflow.corrective;

import io.ismsflow.trail.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Nonconformities", description = "Corrective action (ISO/IEC 27001 10.2): raise nonconformities, read them with their actions and timeline")
@RestController
@RequestMapping("/api/nonconformities")
@Validated
class NonconformityController {

    private final Nonconformities nonconformities;
    private final CorrectiveActionProcess process;

    NonconformityController(Nonconformities nonconformities, CorrectiveActionProcess process) {
        this.nonconformities = nonconformities;
        this.process = process;
    }

    /** A nonconformity with its actions and its timeline: every step, who, when, from our records. */
    record NonconformityView(Nonconformity nonconformity, List<CorrectiveAction> actions, List<TimelineEntry> timeline) {
    }

    @PostMapping
    ResponseEntity<Nonconformity> raise(@Valid @RequestBody NonconformityDraft draft, Principal principal) {
        Nonconformity nc = process.raise(draft, Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/nonconformities/" + nc.getId())).body(nc);
    }

    @GetMapping
    List<Nonconformity> find(@RequestParam(required = false) NonconformityState state,
                             @RequestParam(required = false) Severity severity,
                             @RequestParam(required = false) @Min(0) Integer olderThanDays) {
        return nonconformities.find(state, severity, olderThanDays);
    }

    @GetMapping("/{id}")
    NonconformityView get(@PathVariable long id) {
        return new NonconformityView(nonconformities.get(id), nonconformities.actionsOf(id), nonconformities.timeline(id));
    }
}
