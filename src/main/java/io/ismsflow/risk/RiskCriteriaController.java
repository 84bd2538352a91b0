package io.ismsflow.risk;

import io.ismsflow.trail.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Risk criteria", description = "The risk acceptance and assessment criteria (6.1.2 a) in approved versions")
@RestController
@RequestMapping("/api/risk-criteria")
class RiskCriteriaController {

    private final RiskCriteria criteria;

    RiskCriteriaController(RiskCriteria criteria) {
        this.criteria = criteria;
    }

    /** The criteria in force. */
    @GetMapping
    RiskMatrix current() {
        return criteria.current();
    }

    /** Every version, the newest first, with its status and approval. */
    @GetMapping("/versions")
    List<RiskMatrix> versions() {
        return criteria.versions();
    }

    /** Proposes new criteria: 201, and top management gets the approval task; 409 while another proposal waits. */
    @PostMapping
    ResponseEntity<RiskMatrix> propose(@Valid @RequestBody CriteriaDraft draft, Principal principal) {
        RiskMatrix proposed = criteria.propose(draft, Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/risk-criteria/versions")).body(proposed);
    }
}
