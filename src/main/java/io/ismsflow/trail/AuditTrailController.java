package io.ismsflow.trail;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Audit trail", description = "Who changed what, when, through which process, task and job")
@RestController
@RequestMapping("/api/audit-trail")
class AuditTrailController {

    private final AuditTrail trail;

    AuditTrailController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    List<TrailEntry> find(@RequestParam(required = false) String entityType,
                          @RequestParam(required = false) String entityId) {
        return trail.find(entityType, entityId);
    }
}
