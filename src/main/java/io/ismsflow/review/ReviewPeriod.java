package io.ismsflow.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a management review belongs to: a quarter ("2027-Q1"), or an extraordinary review within one
 * ("2027-Q1-X1", after a major incident for instance).
 */
record ReviewPeriod(int year, int quarter, int extraordinary) {

    static final String PATTERN = "\\d{4}-Q[1-4](-X[1-9]\\d?)?";
    private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])(?:-X(\\d+))?");

    static Optional<ReviewPeriod> parse(String text) {
        Matcher matcher = text == null ? null : FORM.matcher(text);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ReviewPeriod(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3))));
    }

    static ReviewPeriod quarterOf(LocalDate day) {
        return new ReviewPeriod(day.getYear(), (day.getMonthValue() - 1) / 3 + 1, 0);
    }

    ReviewPeriod extraordinary(int number) {
        return new ReviewPeriod(year, quarter, number);
    }

    boolean isExtraordinary() {
        return extraordinary > 0;
    }

    /** The first working day (Monday to Friday) of the quarter: when a regular review is planned. */
    LocalDate firstWorkingDay() {
        LocalDate day = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter + (extraordinary > 0 ? "-X" + extraordinary : "");
    }
}
