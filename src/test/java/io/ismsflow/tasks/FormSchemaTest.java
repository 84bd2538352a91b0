package io.ismsflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The server-side check of a form submission against the committed Camunda Forms. */
class FormSchemaTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void acceptsAValidReassessment() throws IOException {
        assertThat(form("risk-reassessment").problemsWith(validReassessment(), Map.of(), TODAY)).isEmpty();
    }

    @Test
    void namesEachFieldAtFault() throws IOException {
        Map<String, Object> submission = validReassessment();
        submission.put("likelihood", 7);
        submission.put("impact", "high");
        submission.remove("residualImpact");
        submission.put("treatment", "IGNORE");
        submission.put("treatmentControls", "five point one");
        submission.put("riskId", 1);
        submission.put("ownerAccepts", false);

        assertThat(form("risk-reassessment").problemsWith(submission, Map.of(), TODAY)).containsOnly(
                Map.entry("ownerAccepts", "is required"),
                Map.entry("likelihood", "must be at most 5"),
                Map.entry("impact", "must be a number"),
                Map.entry("residualImpact", "is required"),
                Map.entry("treatment", "is not one of the offered options"),
                Map.entry("treatmentControls", "List control ids such as 5.15, 8.13 or ORG-2, separated by commas"),
                Map.entry("riskId", "is not a field of this task's form"));
    }

    @Test
    void checksLengthsAndRadioOptions() throws IOException {
        assertThat(form("residual-risk-decision").problemsWith(Map.of("residualDecision", "maybe", "decisionReason", "ok"), Map.of(), TODAY))
                .containsOnly(Map.entry("residualDecision", "is not one of the offered options"),
                        Map.entry("decisionReason", "must have at least 10 characters"));
    }

    @Test
    void refusesPastDatesWhereTheFormDisallowsThem() {
        FormSchema schema = FormSchema.parse("""
                {"components": [{"type": "datetime", "key": "dueDate", "subtype": "date", "disallowPassedDates": true,
                                 "validate": {"required": true}}]}""", new ObjectMapper());

        assertThat(schema.problemsWith(Map.of("dueDate", "2026-11-24"), Map.of(), TODAY)).containsEntry("dueDate", "must not be in the past");
        assertThat(schema.problemsWith(Map.of("dueDate", "2026-11-25"), Map.of(), TODAY)).isEmpty();
        assertThat(schema.problemsWith(Map.of("dueDate", "soon"), Map.of(), TODAY)).containsEntry("dueDate", "must be a date (yyyy-mm-dd)");
    }

    @Test
    void checksEachRowOfARepeatingGroup() throws IOException {
        Map<String, Object> good = Map.of("title", "Test restores", "owner", "risk-owner", "dueDate", "2026-12-01");
        Map<String, Object> bad = Map.of("title", "", "owner", "risk-owner", "dueDate", "2026-11-01", "controlId", "eight",
                "residualImpact", 6, "priority", "high");

        Map<String, Object> people = Map.of("people", List.of(Map.of("label", "Rafael Owner", "value", "risk-owner")));
        assertThat(form("nc-action-plan").problemsWith(Map.of("plannedActions", List.of(good, bad)), people, TODAY))
                .containsOnly(
                        Map.entry("plannedActions[1].title", "is required"),
                        Map.entry("plannedActions[1].dueDate", "must not be in the past"),
                        Map.entry("plannedActions[1].controlId", "A control id such as 8.13 or ORG-2"),
                        Map.entry("plannedActions[1].residualImpact", "must be at most 5"),
                        Map.entry("plannedActions[1].priority", "is not a field of this task's form"));
        assertThat(form("nc-action-plan").problemsWith(Map.of("plannedActions", "all of them"), Map.of(), TODAY))
                .containsOnly(Map.entry("plannedActions", "must be a list"));
    }

    @Test
    void takesChecklistOptionsFromTheTasksVariables() throws IOException {
        Map<String, Object> variables = Map.of("similarNonconformities", List.of(Map.of("label", "NC-0001 Old", "value", "1")));
        Map<String, Object> submission = new HashMap<>(Map.of("rootCauseMethod", "FISHBONE", "causes", "No owner for the restore test",
                "couldOccurElsewhere", "no"));

        submission.put("similarConfirmed", List.of("1"));
        assertThat(form("nc-root-cause").problemsWith(submission, variables, TODAY)).isEmpty();
        submission.put("similarConfirmed", List.of("1", "7"));
        assertThat(form("nc-root-cause").problemsWith(submission, variables, TODAY))
                .containsOnly(Map.entry("similarConfirmed", "has an option that was not offered"));
    }

    private static Map<String, Object> validReassessment() {
        Map<String, Object> submission = new HashMap<>();
        submission.put("likelihood", 3);
        submission.put("impact", 4);
        submission.put("treatment", "MODIFY");
        submission.put("treatmentPlan", "Segment the network");
        submission.put("treatmentControls", "5.15, 8.22;ORG-2");
        submission.put("ownerAccepts", true);
        submission.put("residualLikelihood", 2);
        submission.put("residualImpact", 2);
        submission.put("notes", "");
        return submission;
    }

    private static FormSchema form(String id) throws IOException {
        String json = new ClassPathResource("forms/" + id + ".form").getContentAsString(StandardCharsets.UTF_8);
        return FormSchema.parse(json, new ObjectMapper());
    }
}
