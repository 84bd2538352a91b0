package io.ismsflow.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A built-in metric's definition is the release's; its thresholds are the organisation's and survive a new release. */
class BuiltInMetricTest {

    private static final AutomaticMetric OPEN_NCS = new AutomaticMetric("open-nonconformities", "Open nonconformities", "10.2",
            "Nonconformities not closed", "nonconformities", Direction.LOWER_IS_BETTER, new BigDecimal("3"), new BigDecimal("8"), day -> null);

    @Test
    void theOrganisationsThresholdsSurviveANewReleasesWording() {
        Metric metric = Metric.automatic(OPEN_NCS);
        metric.changeThresholds(new MetricThresholds(new BigDecimal("1"), new BigDecimal("4"), "top-management", "Stricter after the audit", 0L));

        boolean changed = metric.define(new AutomaticMetric("open-nonconformities", "Open nonconformities", "10.2",
                "Nonconformities raised and not yet closed", "nonconformities", Direction.LOWER_IS_BETTER, new BigDecimal("3"), new BigDecimal("8"),
                day -> null));

        assertThat(changed).isTrue();
        assertThat(metric.getMethod()).isEqualTo("Nonconformities raised and not yet closed");
        assertThat(metric.getTarget()).isEqualByComparingTo("1");
        assertThat(metric.getWarning()).isEqualByComparingTo("4");
        assertThat(metric.getEvaluatedBy()).isEqualTo("top-management");
    }

    @Test
    void itsDefinitionCannotBeRevised() {
        Metric metric = Metric.automatic(OPEN_NCS);
        assertThatThrownBy(() -> metric.revise(null)).isInstanceOf(Metric.BuiltInDefinitionException.class)
                .hasMessage("\"Open nonconformities\" is built in: only its target, warning and who evaluates it can be changed");
    }

    @Test
    void aWarningLiesBetweenTheTargetAndOffTarget() {
        assertThat(Metric.misplacedWarning(Direction.HIGHER_IS_BETTER, new BigDecimal("90"), new BigDecimal("75"))).isEmpty();
        assertThat(Metric.misplacedWarning(Direction.HIGHER_IS_BETTER, new BigDecimal("90"), new BigDecimal("95"))).isPresent();
        assertThat(Metric.misplacedWarning(Direction.LOWER_IS_BETTER, new BigDecimal("3"), new BigDecimal("8"))).isEmpty();
        assertThat(Metric.misplacedWarning(Direction.LOWER_IS_BETTER, new BigDecimal("3"), new BigDecimal("3"))).isEmpty();
        assertThat(Metric.misplacedWarning(Direction.LOWER_IS_BETTER, new BigDecimal("3"), new BigDecimal("1"))).isPresent();
    }
}
