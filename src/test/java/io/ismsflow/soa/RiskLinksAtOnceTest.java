package io.ismsflow.soa;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.support.Together;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many risk reviews name the same control at once. Each adds its own link; the control changes once, when it first
 * becomes applicable for risk treatment, so no review fails on the control's version and goes into a job retry.
 */
@IntegrationTest
class RiskLinksAtOnceTest {

    private static final int REVIEWS = 24;

    @Autowired StatementOfApplicability soa;
    @Autowired RiskRegister register;
    @Autowired AuditTrail trail;
    @Autowired Clock clock;

    @Test
    void reviewsNamingOneControlAtOnceEachLinkTheirRiskAndChangeTheControlOnce() {
        Control control = soa.addOwnControl(new OwnControlDraft("HOT-" + System.nanoTime() % 10_000, "Shared gateway", Theme.TECHNOLOGICAL),
                Actor.person("isms-manager"));
        List<Risk> risks = IntStream.range(0, REVIEWS).mapToObj(i -> register.identify(new RiskDraft("Gateway risk " + i, null, "Gateway",
                "Threat", "Vulnerability", true, false, false, "risk-owner", 2, 3, Treatment.MODIFY, null, 1, 3,
                LocalDate.now(clock).plusMonths(6), null), Actor.person("test"))).toList();

        List<List<String>> changed = Together.run(REVIEWS, i -> soa.applyRiskTreatment(risks.get(i).getId(), risks.get(i).getCode(),
                List.of(control.getId()), Actor.person("risk-owner")));

        assertThat(changed).allSatisfy(controls -> assertThat(controls).containsExactly(control.getId()));
        assertThat(soa.risksTreatedBy(control.getId())).containsExactlyInAnyOrderElementsOf(risks.stream().map(Risk::getId).toList());
        Control treating = soa.get(control.getId());
        assertThat(treating.getApplicable()).isTrue();
        assertThat(treating.getInclusionReasons()).containsExactly(InclusionReason.RISK);
        assertThat(treating.getVersion()).isEqualTo(control.getVersion() + 1);
        assertThat(trail.find(StatementOfApplicability.ENTITY, control.getId())).extracting(TrailEntry::action)
                .containsOnly("added", "risk-linked", "applicable-for-risk")
                .filteredOn("risk-linked"::equals).hasSize(REVIEWS);
    }
}
