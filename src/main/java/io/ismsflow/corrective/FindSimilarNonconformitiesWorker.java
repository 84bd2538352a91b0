package io.ismsflow.corrective;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 10.2 b3: offers the analyst the newest other nonconformities on the same controls, risks or area, as the options of
 * the root-cause form's checklist ({@code similarNonconformities}).
 */
@Component
public class FindSimilarNonconformitiesWorker {

    private final SimilarNonconformities similar;

    FindSimilarNonconformitiesWorker(SimilarNonconformities similar) {
        this.similar = similar;
    }

    @JobWorker(type = "find-similar-nonconformities")
    public Map<String, Object> findSimilar(@Variable long nonconformityId) {
        List<Option> options = similar.offeredFor(nonconformityId).stream()
                .map(nc -> new Option(nc.code() + " " + nc.title() + " (" + nc.state().name().toLowerCase().replace('_', ' ') + ")",
                        String.valueOf(nc.id())))
                .toList();
        return Map.of("similarNonconformities", options);
    }

    /** An option of a Camunda Forms checklist. */
    public record Option(String label, String value) {
    }
}
