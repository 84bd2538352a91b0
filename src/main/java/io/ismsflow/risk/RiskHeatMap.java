package io.ismsflow.risk;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risks not closed counted per likelihood and impact, before treatment (inherent) and after (residual), with each
 * cell's level and whether it lies above the appetite of the criteria in force: one aggregate query per side.
 */
@Service
@Transactional(readOnly = true)
public class RiskHeatMap {

    /** One cell of the 5×5 matrix. */
    public record Cell(int likelihood, int impact, RiskLevel level, boolean aboveAppetite, long risks) {
    }

    /** @param inherent rows from likelihood 5 down to 1, columns impact 1 to 5; {@code residual} the same */
    public record HeatMap(List<List<Cell>> inherent, List<List<Cell>> residual, RiskLevel appetite) {
    }

    private final JdbcClient jdbc;
    private final RiskRegister register;

    RiskHeatMap(JdbcClient jdbc, RiskRegister register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    public HeatMap current() {
        RiskMatrix matrix = register.currentMatrix();
        return new HeatMap(cells(matrix, "likelihood", "impact"), cells(matrix, "residual_likelihood", "residual_impact"), matrix.appetite());
    }

    private List<List<Cell>> cells(RiskMatrix matrix, String likelihood, String impact) {
        long[][] counts = new long[6][6];
        jdbc.sql("select %s l, %s i, count(*) n from risk where status <> 'CLOSED' group by %s, %s".formatted(likelihood, impact, likelihood, impact))
                .query((row, n) -> counts[row.getInt("l")][row.getInt("i")] = row.getLong("n")).list();
        return List.of(5, 4, 3, 2, 1).stream().map(l -> List.of(1, 2, 3, 4, 5).stream().map(i -> {
            RiskLevel level = matrix.levelOf(l, i);
            return new Cell(l, i, level, !matrix.withinAppetite(level), counts[l][i]);
        }).toList()).toList();
    }
}
