package io.ismsflow.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The input fields of a Camunda Form and their validation rules, checked again on the server when a task is
 * completed: a browser can be bypassed, and a field that is not on the form must not overwrite a process
 * variable (such as the id of the record the process works on).
 */
final class FormSchema {

    private static final Set<String> INPUT_TYPES = Set.of(
            "textfield", "textarea", "number", "select", "radio", "checkbox", "checklist", "taglist", "datetime");

    private final Map<String, JsonNode> fields = new LinkedHashMap<>();

    private FormSchema(JsonNode schema) {
        collectFields(schema);
    }

    static FormSchema parse(String schema, ObjectMapper json) {
        try {
            return new FormSchema(json.readTree(schema));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The task's form is not valid JSON", e);
        }
    }

    /** @return field key → what is wrong with it; empty when the submission is valid */
    Map<String, String> problemsWith(Map<String, Object> submission, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        submission.keySet().stream()
                .filter(key -> !fields.containsKey(key))
                .forEach(key -> problems.put(key, "is not a field of this task's form"));
        fields.forEach((key, field) -> {
            String problem = problemWith(field, submission.get(key), today);
            if (problem != null) {
                problems.put(key, problem);
            }
        });
        return problems;
    }

    private void collectFields(JsonNode component) {
        if (INPUT_TYPES.contains(component.path("type").asText()) && component.hasNonNull("key")) {
            fields.put(component.get("key").asText(), component);
        }
        component.path("components").forEach(this::collectFields);
    }

    private static String problemWith(JsonNode field, Object value, LocalDate today) {
        JsonNode rules = field.path("validate");
        boolean blank = value == null || (value instanceof String text && text.isBlank());
        if (blank) {
            return rules.path("required").asBoolean(false) ? "is required" : null;
        }
        return switch (field.path("type").asText()) {
            case "number" -> numberProblem(rules, value);
            case "textfield", "textarea" -> textProblem(rules, value);
            case "select", "radio" -> field.has("values") && !allowedValue(field, value) ? "is not one of the offered options" : null;
            case "checkbox" -> value instanceof Boolean ? null : "must be true or false";
            case "datetime" -> dateProblem(field, value, today);
            default -> null;
        };
    }

    private static String numberProblem(JsonNode rules, Object value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            return "must be a number";
        }
        if (rules.has("min") && number.compareTo(rules.get("min").decimalValue()) < 0) {
            return "must be at least " + rules.get("min").asText();
        }
        if (rules.has("max") && number.compareTo(rules.get("max").decimalValue()) > 0) {
            return "must be at most " + rules.get("max").asText();
        }
        return null;
    }

    private static String textProblem(JsonNode rules, Object value) {
        if (!(value instanceof String text)) {
            return "must be text";
        }
        if (rules.has("minLength") && text.length() < rules.get("minLength").asInt()) {
            return "must have at least " + rules.get("minLength").asInt() + " characters";
        }
        if (rules.has("maxLength") && text.length() > rules.get("maxLength").asInt()) {
            return "must have at most " + rules.get("maxLength").asInt() + " characters";
        }
        // form-js tests patterns unanchored (RegExp.test); find() does the same.
        if (rules.has("pattern") && !Pattern.compile(rules.get("pattern").asText()).matcher(text).find()) {
            return rules.path("patternErrorMessage").asText("does not have the expected format");
        }
        return null;
    }

    private static boolean allowedValue(JsonNode field, Object value) {
        for (JsonNode option : field.get("values")) {
            if (option.path("value").asText().equals(value.toString())) {
                return true;
            }
        }
        return false;
    }

    private static String dateProblem(JsonNode field, Object value, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
        } catch (DateTimeParseException e) {
            return "must be a date (yyyy-mm-dd)";
        }
        return field.path("disallowPassedDates").asBoolean(false) && date.isBefore(today) ? "must not be in the past" : null;
    }
}
