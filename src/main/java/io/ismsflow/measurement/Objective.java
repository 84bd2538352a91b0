package io.ismsflow.measurement;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An information security objective (6.2): measurable through its metrics, with its plan, owner and due date. */
@Table("objective")
public class Objective {

    @Id
    private Long id;
    private String code;
    private String title;
    private String description;
    private String plan;
    private String resources;
    private String owner;
    private LocalDate dueOn;
    @MappedCollection(idColumn = "objective")
    private Set<MetricRef> metrics = new LinkedHashSet<>();
    @Version
    private Long version;

    @Table("objective_metric")
    record MetricRef(long metric) {
    }

    @PersistenceCreator
    Objective() {
    }

    static Objective set(ObjectiveDraft draft) {
        Objective objective = new Objective();
        objective.title = draft.title();
        objective.description = draft.description();
        objective.plan = draft.plan();
        objective.resources = draft.resources();
        objective.owner = draft.owner();
        objective.dueOn = draft.dueOn();
        draft.metrics().forEach(metric -> objective.metrics.add(new MetricRef(metric)));
        return objective;
    }

    void assignCode() {
        code = "OBJ-%02d".formatted(id);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getPlan() { return plan; }
    public String getResources() { return resources; }
    public String getOwner() { return owner; }
    public LocalDate getDueOn() { return dueOn; }
    public List<Long> getMetrics() { return metrics.stream().map(MetricRef::metric).sorted().toList(); }
    public Long getVersion() { return version; }
}
