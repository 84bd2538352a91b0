package io.ismsflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismsflow.engine.ProcessCatalogue;
import io.ismsflow.security.People;
import io.ismsflow.trail.TrailEntry;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;

/**
 * A record's audit trail in plain words, for its page: "Rafael Owner reassessed the risk: likelihood 4 → 3",
 * through "Risk review, step Record risk assessment".
 */
@Component
public class TrailStories {

    /** One line of a record's history. */
    public record Line(Instant at, String who, String what, List<String> changes, String through) {
    }

    private static final Set<String> NOT_SHOWN = Set.of("id", "version", "code", "closureReport", "matrixVersion");
    private static final int MOST_CHANGES = 8;

    private final People people;
    private final Labels labels;
    private final ProcessCatalogue processes;
    private final Dates dates;
    private final ObjectMapper json;

    TrailStories(People people, Labels labels, ProcessCatalogue processes, Dates dates, ObjectMapper json) {
        this.people = people;
        this.labels = labels;
        this.processes = processes;
        this.dates = dates;
        this.json = json;
    }

    public List<Line> of(List<TrailEntry> entries) {
        return entries.stream().map(this::line).toList();
    }

    private Line line(TrailEntry entry) {
        String through = entry.elementId() == null ? "" : processes.processNameOfElement(entry.elementId()) + ", step "
                + processes.elementName(entry.elementId());
        return new Line(entry.occurredAt(), people.displayName(entry.actor()), labels.action(entry.entityType(), entry.action()),
                changes(entry), through);
    }

    /** The fields that changed, "likelihood: 4 → 3"; for a new record, nothing (its page shows it). */
    private List<String> changes(TrailEntry entry) {
        if (entry.beforeState() == null || entry.afterState() == null) {
            return List.of();
        }
        try {
            JsonNode before = json.readTree(entry.beforeState());
            JsonNode after = json.readTree(entry.afterState());
            List<String> changes = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = after.fields(); fields.hasNext() && changes.size() < MOST_CHANGES; ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode was = before.get(field.getKey());
                if (NOT_SHOWN.contains(field.getKey()) || !isPlain(field.getValue()) || same(was, field.getValue())) {
                    continue;
                }
                // A field only the change has (the reason for it) is told as it is, not as a change from nothing.
                changes.add(Labels.field(field.getKey()) + ": " + (was == null ? "" : shown(was) + " → ") + shown(field.getValue()));
            }
            return changes;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean same(JsonNode was, JsonNode now) {
        if (was != null && was.isNumber() && now.isNumber()) {
            return was.decimalValue().compareTo(now.decimalValue()) == 0;
        }
        return Objects.equals(was, now);
    }

    /** A value or a list of values (a role's holders); nested records have their own pages. */
    private static boolean isPlain(JsonNode value) {
        return value.isValueNode() || value.isArray() && StreamSupport.stream(value.spliterator(), false).allMatch(JsonNode::isValueNode);
    }

    private String shown(JsonNode value) {
        if (value == null || value.isNull() || value.isArray() && value.isEmpty()) {
            return "none";
        }
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(this::shown).collect(Collectors.joining(", "));
        }
        String text = value.asText();
        if (text.matches("[A-Z][A-Z_]+")) {
            return Labels.spelledOut(text);
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}T.*Z")) {
            return dates.dateTime(Instant.parse(text));
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return dates.date(java.time.LocalDate.parse(text));
        }
        if (people.isKnown(text)) {
            return people.displayName(text);
        }
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }
}
