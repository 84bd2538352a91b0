package io.ismsflow.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Proposes a cycle's audits (9.2.2: "taking into consideration the importance of the processes concerned and the
 * results of previous audits"). Each area is scored from its importance, the highest residual risk on its controls,
 * its nonconformities (open, and raised in the last year), its previous audit's nonconformities and how long ago it
 * was audited. High scorers are audited every year; every other area once per coverage cycle; the audits are spread
 * over the months left in the cycle, the highest scores first. Every proposal, and every area left out, says why.
 */
final class AuditPlanner {

    /** What the planning knows of an area. */
    record AreaProfile(long areaId, String name, int importance, int highestResidualRisk, int openNonconformities,
                       int recentNonconformities, int previousAuditNonconformities, LocalDate lastAudited) {
    }

    record Plan(List<ProposedAudit> proposed, List<String> leftOut) {
    }

    private static final String[] RISK_LEVELS = {"none", "low", "medium", "high", "critical"};
    private static final int[] RISK_POINTS = {0, 2, 5, 8, 12};
    /** Importance 5, a critical risk, four open, five recent and four previous nonconformities, 30 months or never audited. */
    static final int MAX_SCORE = 5 * 4 + 12 + 4 * 3 + 5 + 4 * 2 + 10;

    private final int coverageYears;
    private final int everyYearFrom;

    AuditPlanner(int coverageYears, int everyYearFrom) {
        this.coverageYears = coverageYears;
        this.everyYearFrom = everyYearFrom;
    }

    Plan plan(int cycle, List<AreaProfile> areas, LocalDate today) {
        List<Scored> included = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        LocalDate cycleEnd = LocalDate.of(cycle, 12, 31);
        for (AreaProfile area : areas) {
            Scored scored = score(area, today);
            if (scored.score() >= everyYearFrom) {
                scored.reasons().add("scores %d of %d: high scorers are audited every year (from %d)".formatted(scored.score(), MAX_SCORE, everyYearFrom));
                included.add(scored);
            } else if (area.lastAudited() == null) {
                scored.reasons().add("every area is audited at least once in %d years".formatted(coverageYears));
                included.add(scored);
            } else if (!area.lastAudited().plusYears(coverageYears).isAfter(cycleEnd)) {
                scored.reasons().add("last audited %s: the %d-year coverage cycle requires it in %d".formatted(area.lastAudited(), coverageYears, cycle));
                included.add(scored);
            } else {
                leftOut.add("%s: scores %d (below %d), last audited %s, due by %s".formatted(area.name(), scored.score(), everyYearFrom,
                        area.lastAudited(), area.lastAudited().plusYears(coverageYears)));
            }
        }
        included.sort(Comparator.comparingInt(Scored::score).reversed().thenComparing(scored -> scored.area().name()));
        List<YearMonth> months = monthsLeft(cycle, today);
        List<ProposedAudit> proposed = new ArrayList<>();
        for (int i = 0; i < included.size(); i++) {
            YearMonth month = months.get(i * months.size() / included.size());
            Scored scored = included.get(i);
            LocalDate start = month.atDay(1).isBefore(today) ? today : month.atDay(1);
            proposed.add(new ProposedAudit(scored.area().areaId(), scored.area().name(), scored.score(), List.copyOf(scored.reasons()), start,
                    month.atEndOfMonth()));
        }
        return new Plan(proposed, leftOut);
    }

    private Scored score(AreaProfile area, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        int risk = Math.clamp(area.highestResidualRisk(), 0, 4);
        int months = area.lastAudited() == null ? -1 : (int) ChronoUnit.MONTHS.between(area.lastAudited(), today);
        int score = area.importance() * 4 + RISK_POINTS[risk] + Math.min(area.openNonconformities(), 4) * 3
                + Math.min(area.recentNonconformities(), 5) + Math.min(area.previousAuditNonconformities(), 4) * 2
                + (months < 0 ? 10 : Math.min(months / 3, 10));
        reasons.add("importance %d of 5".formatted(area.importance()));
        reasons.add("highest residual risk on its controls: " + RISK_LEVELS[risk]);
        if (area.openNonconformities() > 0 || area.recentNonconformities() > 0) {
            reasons.add("%d open nonconformities, %d raised in the last 12 months".formatted(area.openNonconformities(), area.recentNonconformities()));
        }
        if (area.previousAuditNonconformities() > 0) {
            reasons.add("its previous audit found %d nonconformities".formatted(area.previousAuditNonconformities()));
        }
        reasons.add(months < 0 ? "never audited" : "%d months since its last audit".formatted(months));
        return new Scored(area, score, reasons);
    }

    /**
     * February to November of a future cycle (January to prepare, December to report); in the current one, the months
     * from today's, and December too when nothing else is left.
     */
    private static List<YearMonth> monthsLeft(int cycle, LocalDate today) {
        YearMonth first = cycle > today.getYear() ? YearMonth.of(cycle, 2) : YearMonth.from(today);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; month.getMonthValue() <= 11 && month.getYear() == cycle; month = month.plusMonths(1)) {
            months.add(month);
        }
        return months.isEmpty() ? List.of(YearMonth.of(cycle, 12)) : months;
    }

    private record Scored(AreaProfile area, int score, List<String> reasons) {
    }
}
