package io.ismsflow.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismsflow.web.PlausibleDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The input fields of a Camunda Form and their validation rules, checked again on the server when a task is
 * completed: a browser can be bypassed, and a field that is not on the form must not overwrite a process
 * variable (such as the id of the record the process works on). Repeating groups ({@code dynamiclist}) are
 * checked row by row, as {@code path[row].key}.
 */
final class FormSchema {

    private static final Set<String> INPUT_TYPES = Set.of(
            "textfield", "textarea", "number", "select", "radio", "checkbox", "checklist", "taglist", "datetime");
    private static final String REPEATING_GROUP = "dynamiclist";
    /** The form of a task that links none: it is completed with a button, and takes no fields. */
    static final String NO_FIELDS = "{\"type\":\"default\",\"components\":[]}";

    private final Map<String, JsonNode> fields;

    private FormSchema(JsonNode schema) {
        this.fields = fieldsOf(schema);
    }

    static FormSchema parse(String schema, ObjectMapper json) {
        try {
            return new FormSchema(json.readTree(schema));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The task's form is not valid JSON", e);
        }
    }

    /**
     * @param variables the task's variables, where select, radio and checklist fields find their options ({@code valuesKey})
     * @return field key → what is wrong with it; empty when the submission is valid
     */
    Map<String, String> problemsWith(Map<String, Object> submission, Map<String, Object> variables, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        collectProblems(fields, submission, variables, today, "", problems);
        return problems;
    }

    private static void collectProblems(Map<String, JsonNode> fields, Map<?, ?> submission, Map<String, Object> variables,
                                        LocalDate today, String prefix, Map<String, String> problems) {
        submission.keySet().stream()
                .map(String::valueOf)
                .filter(key -> !fields.containsKey(key))
                .forEach(key -> problems.put(prefix + key, "is not a field of this task's form"));
        fields.forEach((key, field) -> {
            Object value = submission.get(key);
            if (REPEATING_GROUP.equals(field.path("type").asText())) {
                rowProblems(field, value, variables, today, prefix + key, problems);
            } else {
                String problem = problemWith(field, value, variables, today);
                if (problem != null) {
                    problems.put(prefix + key, problem);
                }
            }
        });
    }

    private static void rowProblems(JsonNode group, Object value, Map<String, Object> variables, LocalDate today,
                                    String path, Map<String, String> problems) {
        if (value == null) {
            return;
        }
        if (!(value instanceof List<?> rows)) {
            problems.put(path, "must be a list");
            return;
        }
        Map<String, JsonNode> rowFields = new LinkedHashMap<>();
        group.path("components").forEach(component -> rowFields.putAll(fieldsOf(component)));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof Map<?, ?> row) {
                collectProblems(rowFields, row, variables, today, path + "[" + i + "].", problems);
            } else {
                problems.put(path + "[" + i + "]", "must be a group of fields");
            }
        }
    }

    private static Map<String, JsonNode> fieldsOf(JsonNode component) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        String type = component.path("type").asText();
        if (REPEATING_GROUP.equals(type) && component.hasNonNull("path")) {
            found.put(component.get("path").asText(), component);
            return found;
        }
        if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
            found.put(component.get("key").asText(), component);
        }
        component.path("components").forEach(child -> found.putAll(fieldsOf(child)));
        return found;
    }

    private static String problemWith(JsonNode field, Object value, Map<String, Object> variables, LocalDate today) {
        JsonNode rules = field.path("validate");
        boolean blank = value == null || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> list && list.isEmpty())
                || (Boolean.FALSE.equals(value) && "checkbox".equals(field.path("type").asText()));
        if (blank) {
            return rules.path("required").asBoolean(false) ? "is required" : null;
        }
        return switch (field.path("type").asText()) {
            case "number" -> numberProblem(rules, value);
            case "textfield", "textarea" -> textProblem(rules, value);
            case "select", "radio" -> offered(field, variables, value) ? null : "is not one of the offered options";
            case "checklist" -> value instanceof Collection<?> chosen && chosen.stream().allMatch(item -> offered(field, variables, item))
                    ? null : "has an option that was not offered";
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

    /** Options are listed in the form ({@code values}) or come from a process variable ({@code valuesKey}). */
    private static boolean offered(JsonNode field, Map<String, Object> variables, Object value) {
        List<String> options = new ArrayList<>();
        field.path("values").forEach(option -> options.add(option.path("value").asText()));
        if (field.hasNonNull("valuesKey") && variables.get(field.get("valuesKey").asText()) instanceof Collection<?> dynamic) {
            dynamic.forEach(option -> options.add(option instanceof Map<?, ?> map ? String.valueOf(map.get("value")) : String.valueOf(option)));
        }
        return options.contains(value.toString());
    }

    private static String dateProblem(JsonNode field, Object value, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
        } catch (DateTimeParseException e) {
            return "must be a date (yyyy-mm-dd)";
        }
        if (date.isBefore(PlausibleDate.EARLIEST) || date.isAfter(PlausibleDate.LATEST)) {
            return "must be a date between " + PlausibleDate.EARLIEST + " and " + PlausibleDate.LATEST;
        }
        return field.path("disallowPassedDates").asBoolean(false) && date.isBefore(today) ? "must not be in the past" : null;
    }
}
