package io.ismsflow.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismsflow.web.Labels;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The matrix as the reassessment page's script reads it, to show the level while the owner types: each cell's
 * label ("3-4": "High") and whether it is within the appetite. Pages call it as {@code @riskMatrixJson}.
 */
@Component("riskMatrixJson")
class RiskMatrixJson {

    private final Labels labels;
    private final ObjectMapper json;

    RiskMatrixJson(Labels labels, ObjectMapper json) {
        this.labels = labels;
        this.json = json;
    }

    public String of(RiskMatrix matrix) {
        Map<String, Map<String, Object>> cells = new LinkedHashMap<>();
        for (RiskMatrix.Cell cell : matrix.cells()) {
            cells.put(cell.likelihood() + "-" + cell.impact(), Map.of("level", labels.of(cell.level()),
                    "css", cell.level().name().toLowerCase(java.util.Locale.ROOT), "withinAppetite", matrix.withinAppetite(cell.level())));
        }
        try {
            return json.writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
