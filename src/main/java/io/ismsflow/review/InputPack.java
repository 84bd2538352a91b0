package io.ismsflow.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The inputs of a management review (9.3.2 a–g) as structured data: each input with its figures (and the same figure
 * at the previous review, for the trend) and the records behind them, linked. Frozen when compiled.
 *
 * @param since when the period the pack covers began: the previous review's meeting, or the quarter before
 */
public record InputPack(String period, String previousPeriod, Instant since, Instant takenAt, List<Input> inputs) {

    /** @param key a, b, c, d1, d2, d3, d4, e, f or g */
    public record Input(String key, String title, String clause, List<Figure> figures, List<Line> lines) {

        Optional<Figure> figure(String label) {
            return figures.stream().filter(figure -> figure.label().equals(label)).findFirst();
        }
    }

    /** @param previous the same figure in the previous review's pack, or null */
    public record Figure(String label, String value, String unit, String previous) {

        Figure withPrevious(String earlier) {
            return new Figure(label, value, unit, earlier);
        }

        /** How the figure moved since the previous review, in words for the page: "up from 2", "as before", or nothing. */
        public String trend() {
            if (previous == null) {
                return "";
            }
            try {
                int comparison = new BigDecimal(value).compareTo(new BigDecimal(previous));
                return comparison == 0 ? "as before" : (comparison > 0 ? "up from " : "down from ") + previous;
            } catch (NumberFormatException e) {
                return previous.equals(value) ? "as before" : "was " + previous;
            }
        }
    }

    /** A record behind the figures, e.g. "NC-0004 Patch deadline missed (minor, raised)", with its page. */
    public record Line(String text, String link) {
    }

    Optional<Input> input(String key) {
        return inputs.stream().filter(input -> input.key().equals(key)).findFirst();
    }
}
