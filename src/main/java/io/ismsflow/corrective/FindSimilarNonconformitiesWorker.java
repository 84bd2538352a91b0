package io.ismsflow.corrective;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 10.2 b3: offers the analyst earlier nonconformities on the same controls, risks or area, as the options of the
 * root-cause form's checklist ({@code similarNonconformities}).
 */
@Component
public class FindSimilarNonconformitiesWorker {

    private final Nonconformities nonconformities;

    FindSimilarNonconformitiesWorker(Nonconformities nonconformities) {
        this.nonconformities = nonconformities;
    }

    @JobWorker(type = "find-similar-nonconformities")
    public Map<String, Object> findSimilar(@Variable long nonconformityId) {
        List<Option> similar = nonconformities.similarTo(nonconformityId).stream()
                .map(nc -> new Option(nc.getCode() + " " + nc.getTitle() + " (" + nc.getState().name().toLowerCase().replace('_', ' ') + ")",
                        String.valueOf(nc.getId())))
                .toList();
        return Map.of("similarNonconformities", similar);
    }

    /** An option of a Camunda Forms checklist. */
    public record Option(String label, String value) {
    }
}
