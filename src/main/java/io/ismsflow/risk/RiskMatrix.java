package io.ismsflow.risk;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A versioned 5x5 likelihood x impact matrix. Versions are never changed once used: a new matrix gets a new
 * id, and each assessment records the version it was scored with (6.1.2 b).
 */
public record RiskMatrix(@Id Integer id, RiskLevel appetite, String description, Instant createdAt,
                         @MappedCollection(idColumn = "risk_matrix") Set<Cell> cells) {

    @Table("risk_matrix_cell")
    public record Cell(int likelihood, int impact, RiskLevel level) {
    }

    public RiskLevel levelOf(int likelihood, int impact) {
        return cells.stream()
                .filter(cell -> cell.likelihood() == likelihood && cell.impact() == impact)
                .map(Cell::level)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Risk matrix " + id + " has no cell for likelihood " + likelihood + " and impact " + impact));
    }

    public boolean withinAppetite(RiskLevel level) {
        return !level.isAbove(appetite);
    }
}
