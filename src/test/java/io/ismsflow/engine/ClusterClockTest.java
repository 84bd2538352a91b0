package io.ismsflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** With a Camunda cluster (profile camunda) the app keeps the system clock: a clock start is refused before anything runs. */
class ClusterClockTest {

    private final ApplicationContextRunner app = new ApplicationContextRunner().withUserConfiguration(ClusterClock.class);

    @Test
    void aClockStartIsRefusedWithTheCamundaProfile() {
        app.withInitializer(context -> context.getEnvironment().setActiveProfiles("camunda"))
                .withPropertyValues("isms.clock.start=2027-03-31T20:00:00Z")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasMessageContaining("isms.clock.start=2027-03-31T20:00:00Z")
                        .hasMessageContaining("a Camunda cluster's clock is not ours to move"));
    }

    @Test
    void theCamundaProfileStartsWithoutAClockStart() {
        app.withInitializer(context -> context.getEnvironment().setActiveProfiles("camunda"))
                .withPropertyValues("isms.clock.start=") // whatever instant the suite runs at
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void aClockStartThatIsNoInstantSaysWhatItExpects() {
        app.withInitializer(context -> context.getEnvironment().setActiveProfiles("camunda"))
                .withPropertyValues("isms.clock.start=31.03.2027")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasMessageContaining("must be an ISO-8601 instant in UTC such as 2027-03-31T20:00:00Z, not \"31.03.2027\""));
    }
}
