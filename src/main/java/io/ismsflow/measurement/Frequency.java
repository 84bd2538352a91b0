package io.ismsflow.measurement;

import java.time.LocalDate;
import java.time.YearMonth;

/** How often a manual metric is measured (9.1 c), and how its periods are named. */
public enum Frequency {
    MONTHLY, QUARTERLY;

    /** The period that ended last before the day, e.g. "2026-10" or "2026-Q3": the one whose measurement is due. */
    String periodBefore(LocalDate day) {
        return switch (this) {
            case MONTHLY -> YearMonth.from(day).minusMonths(1).toString();
            case QUARTERLY -> {
                LocalDate inLast = day.minusMonths(3);
                yield inLast.getYear() + "-Q" + ((inLast.getMonthValue() - 1) / 3 + 1);
            }
        };
    }
}
