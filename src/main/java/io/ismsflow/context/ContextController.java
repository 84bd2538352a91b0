package io.ismsflow.context;

import io.ismsflow.trail.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Context of the organisation", description = "Issues (4.1), the climate-change decision, interested parties and their requirements (4.2), ISMS roles (5.3), the ISMS scope (4.3)")
@RestController
@RequestMapping("/api/context")
class ContextController {

    private final OrganisationContext context;
    private final IsmsRoles roles;
    private final IsmsScope scope;

    ContextController(OrganisationContext context, IsmsRoles roles, IsmsScope scope) {
        this.context = context;
        this.roles = roles;
        this.scope = scope;
    }

    @GetMapping("/issues")
    List<ContextIssue> issues() {
        return context.issues();
    }

    @GetMapping("/issues/{id}")
    ContextIssue issue(@PathVariable long id) {
        return context.issue(id);
    }

    @PostMapping("/issues")
    ResponseEntity<ContextIssue> record(@Valid @RequestBody IssueDraft draft, Principal principal) {
        ContextIssue issue = context.record(draft, Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/context/issues/" + issue.getId())).body(issue);
    }

    @PutMapping("/issues/{id}")
    ContextIssue edit(@PathVariable long id, @Validated(IssueDraft.OnUpdate.class) @RequestBody IssueDraft draft, Principal principal) {
        return context.edit(id, draft, Actor.of(principal));
    }

    @PostMapping("/issues/{id}/retire")
    ContextIssue retire(@PathVariable long id, Principal principal) {
        return context.retire(id, Actor.of(principal));
    }

    @GetMapping("/parties")
    List<InterestedParty> parties() {
        return context.parties();
    }

    @GetMapping("/parties/{id}")
    InterestedParty party(@PathVariable long id) {
        return context.party(id);
    }

    @PostMapping("/parties")
    ResponseEntity<InterestedParty> recordParty(@Valid @RequestBody PartyDraft draft, Principal principal) {
        InterestedParty party = context.recordParty(draft, Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/context/parties/" + party.getId())).body(party);
    }

    @PutMapping("/parties/{id}")
    InterestedParty editParty(@PathVariable long id, @Validated(PartyDraft.OnUpdate.class) @RequestBody PartyDraft draft, Principal principal) {
        return context.editParty(id, draft, Actor.of(principal));
    }

    @PostMapping("/parties/{id}/retire")
    InterestedParty retireParty(@PathVariable long id, Principal principal) {
        return context.retireParty(id, Actor.of(principal));
    }

    @GetMapping("/parties/{id}/feedback")
    List<Feedback> feedback(@PathVariable long id) {
        return context.feedbackFrom(id);
    }

    @PostMapping("/parties/{id}/feedback")
    ResponseEntity<Feedback> recordFeedback(@PathVariable long id, @Valid @RequestBody Feedback.Draft draft, Principal principal) {
        return ResponseEntity.created(URI.create("/api/context/parties/" + id + "/feedback"))
                .body(context.recordFeedback(id, draft, Actor.of(principal)));
    }

    /** The climate decisions, the one that holds first. */
    @GetMapping("/climate-decisions")
    List<ClimateDecision> climateDecisions() {
        return context.climateDecisions();
    }

    @PostMapping("/climate-decisions")
    ResponseEntity<ClimateDecision> decideOnClimate(@Valid @RequestBody ClimateDecision.Draft draft, Principal principal) {
        ClimateDecision decision = context.decideOnClimate(draft, Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/context/climate-decisions")).body(decision);
    }

    @GetMapping("/roles")
    List<IsmsRole> roles() {
        return roles.all();
    }

    @GetMapping("/roles/{id}")
    IsmsRole role(@PathVariable long id) {
        return roles.get(id);
    }

    @PostMapping("/roles")
    ResponseEntity<IsmsRole> defineRole(@Valid @RequestBody RoleDraft draft, Principal principal) {
        IsmsRole role = roles.define(draft, Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/context/roles/" + role.getId())).body(role);
    }

    /** Changes a role, its holders included: who was given a role, by whom and when, is in the role's trail. */
    @PutMapping("/roles/{id}")
    IsmsRole changeRole(@PathVariable long id, @Validated(RoleDraft.OnUpdate.class) @RequestBody RoleDraft draft, Principal principal) {
        return roles.change(id, draft, Actor.of(principal));
    }

    @PostMapping("/roles/{id}/retire")
    IsmsRole retireRole(@PathVariable long id, Principal principal) {
        return roles.retire(id, Actor.of(principal));
    }

    /** The scope in force (4.3); 404 while none is approved. */
    @GetMapping("/scope")
    ScopeVersion scope() {
        return scope.current().orElseThrow(() -> new NoSuchElementException("No version of the ISMS scope is approved yet"));
    }

    /** Every version of the scope, the newest first. */
    @GetMapping("/scope/versions")
    List<ScopeVersion> scopeVersions() {
        return scope.versions();
    }

    @PostMapping("/scope/versions")
    ResponseEntity<ScopeVersion> draftScope(@Valid @RequestBody ScopeDraft draft, Principal principal) {
        ScopeVersion drafted = scope.draft(draft, Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/context/scope/versions")).body(drafted);
    }

    @PutMapping("/scope/versions/{id}")
    ScopeVersion changeScope(@PathVariable long id, @Validated(ScopeDraft.OnUpdate.class) @RequestBody ScopeDraft draft, Principal principal) {
        return scope.change(id, draft, Actor.of(principal));
    }

    /** Sends the draft to top management: the scope-approval process starts. */
    @PostMapping("/scope/versions/{id}/submit")
    ScopeVersion submitScope(@PathVariable long id, Principal principal) {
        return scope.submit(id, Actor.of(principal));
    }
}
