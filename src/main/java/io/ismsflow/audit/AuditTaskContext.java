package io.ismsflow.audit;

import io.ismsflow.tasks.TaskContext;
import io.ismsflow.tasks.UserTask;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The panel next to an audit's tasks (the audit, its checklist's progress and its findings) and next to a programme's
 * tasks (the audits proposed and why): what the person decides on, with the page where the record is edited.
 */
@Component
class AuditTaskContext implements TaskContext {

    private final Audits audits;
    private final AuditProgrammes programmes;
    private final AuditViews views;

    AuditTaskContext(Audits audits, AuditProgrammes programmes, AuditViews views) {
        this.audits = audits;
        this.programmes = programmes;
        this.views = views;
    }

    @Override
    public Optional<Panel> panelFor(UserTask task, Map<String, Object> variables) {
        Optional<Panel> audit = TaskContext.idIn(variables, "auditId").map(audits::get).map(found -> new Panel(found.getCode(),
                "/audits/" + found.getCode(), "audit-panel :: audit", Map.of("view", views.of(found), "area", audits.areaOf(found))));
        return audit.or(() -> TaskContext.idIn(variables, "programmeId").map(programmes::get).map(programme -> new Panel(
                "Audit programme " + programme.getCycle(), "/audit-programmes/" + programme.getCycle(), "audit-panel :: programme",
                Map.of("view", views.of(programme), "programme", programme))));
    }
}
