package io.ismsflow.soa;

import io.ismsflow.trail.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "SoA issues", description = "The Statement of Applicability issued in approved, frozen versions (6.1.3 d)")
@RestController
@RequestMapping("/api/soa")
class SoaIssueController {

    private final SoaIssues issues;

    SoaIssueController(SoaIssues issues) {
        this.issues = issues;
    }

    /** What keeps the SoA from being issued; empty when it can be. */
    @GetMapping("/gaps")
    List<SoaIssues.Gap> gaps() {
        return issues.gaps();
    }

    @GetMapping("/issues")
    List<SoaIssue> all() {
        return issues.all();
    }

    @GetMapping("/issues/{id}")
    SoaIssue issue(@PathVariable long id) {
        return issues.get(id);
    }

    /** The controls as the issue states them. */
    @GetMapping("/issues/{id}/controls")
    List<SoaRow> controls(@PathVariable long id) {
        return issues.rowsOf(issues.get(id));
    }

    /** Proposes the SoA as it stands for issue (201); 409 while it has gaps or another proposal waits. */
    @PostMapping("/issues")
    ResponseEntity<SoaIssue> propose(Principal principal) {
        SoaIssue issue = issues.propose(Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/soa/issues/" + issue.getId())).body(issue);
    }
}
