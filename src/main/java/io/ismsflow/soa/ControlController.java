package io.ismsflow.soa;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Statement of Applicability", description = "The 93 Annex A controls and the organisation's own (6.1.3 d)")
@RestController
@RequestMapping("/api/controls")
class ControlController {

    private final StatementOfApplicability soa;

    ControlController(StatementOfApplicability soa) {
        this.soa = soa;
    }

    @GetMapping
    List<Control> all() {
        return soa.all();
    }

    @GetMapping("/{id}")
    Control get(@PathVariable String id) {
        return soa.get(id);
    }

    @PostMapping
    ResponseEntity<Control> addOwnControl(@Valid @RequestBody OwnControlDraft draft, Principal principal) {
        Control control = soa.addOwnControl(draft, Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/controls/" + control.getId())).body(control);
    }

    @PutMapping("/{id}")
    Control decide(@PathVariable String id, @Valid @RequestBody ControlDecision decision, Principal principal) {
        return soa.decide(id, decision, Actor.of(principal));
    }
}
