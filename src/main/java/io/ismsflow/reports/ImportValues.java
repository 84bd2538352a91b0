package io.ismsflow.reports;

import io.ismsflow.security.People;
import io.ismsflow.web.Labels;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads a spreadsheet cell back into what the exports wrote: a label into its value (or the value's own name), a
 * person's name or user name into the user name, a whole number in a range, an ISO date. Each problem names the
 * column, as the person who fixes the file sees it.
 */
@Component
class ImportValues {

    private final Labels labels;
    private final People people;
    private final Validator validator;

    ImportValues(Labels labels, People people, Validator validator) {
        this.labels = labels;
        this.people = people;
        this.validator = validator;
    }

    <E extends Enum<E>> Optional<E> label(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(value -> labels.of(value).equalsIgnoreCase(text) || value.name().equalsIgnoreCase(text))
                .findFirst();
    }

    <E extends Enum<E>> String choices(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(labels::of).toList());
    }

    /** The user name of a person named by user name or display name. */
    Optional<String> person(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return people.everyone().stream().filter(person -> person.username().equalsIgnoreCase(text) || person.name().equalsIgnoreCase(text))
                .map(People.Person::username).findFirst();
    }

    /** The user name of the person a column names, or a problem: none named where one is required, or nobody known by the name. */
    String person(String column, String named, boolean required, List<String> problems) {
        if (named == null) {
            if (required) {
                problems.add(column + ": every row names one");
            }
            return null;
        }
        return person(named).orElseGet(() -> {
            problems.add("%s: nobody called \"%s\" is known here".formatted(column, named));
            return null;
        });
    }

    String name(String username) {
        return username == null ? "" : people.displayName(username);
    }

    /** A whole number from 1 to 5 (the matrix's scale), or a problem naming the column. */
    Integer score(String column, String text, List<String> problems) {
        try {
            int score = Integer.parseInt(text == null ? "" : text.replaceFirst("\\.0+$", ""));
            if (score >= 1 && score <= 5) {
                return score;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        problems.add("%s: \"%s\" is not a score from 1 to 5".formatted(column, text == null ? "" : text));
        return null;
    }

    LocalDate date(String column, String text, List<String> problems) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add("%s: \"%s\" is not a date as 2027-06-30".formatted(column, text));
            return null;
        }
    }

    Changes changes() {
        return new Changes();
    }

    /** What a row changes, field by field, in words: "Owner: Rafael Owner → Olga Operations". */
    final class Changes {

        private final List<String> lines = new ArrayList<>();

        Changes field(String column, Object before, Object after) {
            String was = shown(before);
            String becomes = shown(after);
            if (!was.equals(becomes)) {
                lines.add("%s: %s → %s".formatted(column, was.isEmpty() ? "none" : was, becomes.isEmpty() ? "none" : becomes));
            }
            return this;
        }

        List<String> list() {
            return List.copyOf(lines);
        }

        private String shown(Object value) {
            return switch (value) {
                case null -> "";
                case Enum<?> constant -> labels.of(constant);
                case Collection<?> many -> String.join(", ", many.stream().map(this::shown).sorted().toList());
                default -> value.toString().strip();
            };
        }
    }

    /** Bean validation of a draft as the API would validate it, each finding under the column its field is read from. */
    void validate(Object draft, Map<String, String> columnOfField, List<String> problems, Class<?>... groups) {
        validator.validate(draft, groups).stream().map(violation -> {
            String field = violation.getPropertyPath().toString().replaceAll("\\[.*", "");
            return columnOfField.getOrDefault(field, field) + ": " + violation.getMessage();
        }).sorted().forEach(problems::add);
    }

    static boolean yes(String text) {
        return text != null && List.of("yes", "true", "y", "x").contains(text.toLowerCase(Locale.ROOT));
    }
}
