package io.ismsflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the programme's planning weighs the areas (9.2.2): the riskiest first and every year, an area due under the
 * coverage cycle included, one audited last year left out, each with its reasons, spread over the cycle's months.
 */
class AuditPlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final AuditPlanner planner = new AuditPlanner(3, 34);

    @Test
    void theRiskiestAreaComesFirstTheOverdueOneIsIncludedAndTheRecentOneWaits() {
        AuditPlanner.AreaProfile endpoints = new AuditPlanner.AreaProfile(1, "Endpoints", 5, 4, 2, 3, 1, TODAY.minusMonths(11));
        AuditPlanner.AreaProfile physical = new AuditPlanner.AreaProfile(2, "Physical security", 2, 1, 0, 0, 0, TODAY.minusYears(3));
        AuditPlanner.AreaProfile people = new AuditPlanner.AreaProfile(3, "People", 3, 2, 0, 1, 0, TODAY.minusMonths(10));
        AuditPlanner.AreaProfile context = new AuditPlanner.AreaProfile(4, "Context and scope", 3, 0, 0, 0, 0, null);

        AuditPlanner.Plan plan = planner.plan(2027, List.of(people, physical, endpoints, context), TODAY);

        assertThat(plan.proposed()).extracting(ProposedAudit::areaName).containsExactly("Endpoints", "Context and scope", "Physical security");
        assertThat(plan.proposed().getFirst().reasons()).contains("importance 5 of 5", "highest residual risk on its controls: critical",
                "2 open nonconformities, 3 raised in the last 12 months", "its previous audit found 1 nonconformities");
        assertThat(plan.proposed().getFirst().reasons().getLast()).startsWith("scores 46 of 67: high scorers are audited every year");
        assertThat(plan.proposed().get(1).reasons()).contains("never audited", "every area is audited at least once in 3 years");
        assertThat(plan.proposed().get(2).reasons().getLast()).isEqualTo("last audited 2023-11-26: the 3-year coverage cycle requires it in 2027");
        assertThat(plan.leftOut()).singleElement().asString().startsWith("People: scores").contains("due by 2029-01-26");
        assertThat(plan.proposed()).extracting(audit -> audit.windowStart().getMonthValue()).containsExactly(2, 5, 8);
        assertThat(plan.proposed()).allSatisfy(audit -> assertThat(audit.windowEnd()).isEqualTo(audit.windowStart().withDayOfMonth(
                audit.windowStart().lengthOfMonth())));
    }

    @Test
    void theCurrentCycleUsesTheMonthsLeftStartingToday() {
        AuditPlanner.Plan plan = planner.plan(2026, List.of(new AuditPlanner.AreaProfile(1, "People", 3, 0, 0, 0, 0, null)), TODAY);

        assertThat(plan.proposed()).singleElement().satisfies(audit -> {
            assertThat(audit.windowStart()).isEqualTo(TODAY);
            assertThat(audit.windowEnd()).isEqualTo(LocalDate.of(2026, 11, 30));
        });
    }
}
