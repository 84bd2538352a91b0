package io.ismsflow.tasks;

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

@Tag(name = "Delegations", description = "Who stands in for whom, and for how long")
@RestController
@RequestMapping("/api/delegations")
class DelegationController {

    private final Delegations delegations;

    DelegationController(Delegations delegations) {
        this.delegations = delegations;
    }

    /** The caller's delegations, both ways: whom they named and for whom they stand in. */
    @GetMapping
    List<Delegation> mine(Principal principal) {
        return delegations.involving(principal.getName());
    }

    @PostMapping
    ResponseEntity<Delegation> name(@Valid @RequestBody DelegationRequest request, Principal principal) {
        Delegation delegation = delegations.name(principal.getName(), request);
        return ResponseEntity.created(URI.create("/api/delegations/" + delegation.getId())).body(delegation);
    }

    @PostMapping("/{id}/revoke")
    Delegation revoke(@PathVariable long id, Principal principal) {
        return delegations.revoke(id, principal.getName());
    }
}
