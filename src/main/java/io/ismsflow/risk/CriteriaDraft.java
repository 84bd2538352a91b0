package io.ismsflow.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Proposed risk criteria (6.1.2 a), complete: a proposal replaces the criteria in force as a whole once approved.
 *
 * @param levels the level of every cell: {@code levels[likelihood - 1][impact - 1]}
 * @param rules one per level, lowest first: who accepts a residual risk of it and how often it is reviewed
 */
public record CriteriaDraft(
        @NotBlank @Size(max = 500) String description,
        @NotNull RiskLevel appetite,
        @NotNull @Size(min = 5, max = 5) List<@NotNull @Valid Descriptor> likelihood,
        @NotNull @Size(min = 5, max = 5) List<@NotNull @Valid Descriptor> impact,
        @NotNull @Size(min = 5, max = 5) List<@NotNull @Size(min = 5, max = 5) List<@NotNull RiskLevel>> levels,
        @NotNull @Size(min = 4, max = 4) List<@NotNull @Valid Rule> rules) {

    /** What a score means: a short name and how to recognise it (frequency; financial, legal, reputational consequence). */
    public record Descriptor(@NotBlank @Size(max = 60) String name, @NotBlank @Size(max = 500) String description) {
    }

    public record Rule(@NotNull RiskLevel level, @NotNull AcceptanceAuthority acceptanceAuthority,
                       @NotNull @Pattern(regexp = "P(\\d+Y)?(\\d+M)?(\\d+D)?", message = "must be a period such as P12M") String reviewInterval) {
    }

    @AssertTrue(message = "a higher likelihood or impact may never give a lower level")
    boolean isLevels() {
        if (levels == null || levels.size() != 5 || levels.stream().anyMatch(row -> row == null || row.size() != 5 || row.contains(null))) {
            return true;
        }
        for (int l = 0; l < 5; l++) {
            for (int i = 0; i < 5; i++) {
                RiskLevel level = levels.get(l).get(i);
                if (l < 4 && levels.get(l + 1).get(i).compareTo(level) < 0 || i < 4 && levels.get(l).get(i + 1).compareTo(level) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    @AssertTrue(message = "name one rule per level, low to critical; a higher level never has a lower authority or a longer interval")
    boolean isRules() {
        if (rules == null || rules.size() != 4 || rules.stream().anyMatch(rule -> rule == null || rule.level() == null
                || rule.acceptanceAuthority() == null || rule.reviewInterval() == null || !rule.reviewInterval().matches("P(\\d+Y)?(\\d+M)?(\\d+D)?")
                || rule.reviewInterval().equals("P"))) {
            return true;
        }
        if (!rules.stream().map(Rule::level).toList().equals(Arrays.asList(RiskLevel.values()))) {
            return false;
        }
        for (int k = 1; k < 4; k++) {
            Rule lower = rules.get(k - 1);
            Rule higher = rules.get(k);
            if (higher.acceptanceAuthority().compareTo(lower.acceptanceAuthority()) < 0
                    || days(higher.reviewInterval()) > days(lower.reviewInterval())) {
                return false;
            }
        }
        return true;
    }

    private static long days(String period) {
        Period parsed = Period.parse(period);
        return parsed.toTotalMonths() * 31 + parsed.getDays();
    }

    /** A draft with the same content as the given criteria, to change. */
    static CriteriaDraft of(RiskMatrix criteria) {
        return new CriteriaDraft(criteria.description(), criteria.appetite(),
                criteria.scaleOf(RiskMatrix.Axis.LIKELIHOOD).stream().map(p -> new Descriptor(p.name(), p.description())).toList(),
                criteria.scaleOf(RiskMatrix.Axis.IMPACT).stream().map(p -> new Descriptor(p.name(), p.description())).toList(),
                java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(l -> java.util.stream.IntStream.rangeClosed(1, 5)
                        .mapToObj(i -> criteria.levelOf(l, i)).toList()).toList(),
                criteria.rulesInOrder().stream().map(r -> new Rule(r.level(), r.acceptanceAuthority(), r.reviewInterval())).toList());
    }

    boolean sameAs(RiskMatrix criteria) {
        return Objects.equals(this, of(criteria));
    }
}
