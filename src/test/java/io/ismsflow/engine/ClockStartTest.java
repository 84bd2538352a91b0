package io.ismsflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.ismsflow.support.EngineRecords;
import io.ismsflow.support.IsolatedIntegrationTest;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code isms.clock.start} starts the app's clock and the in-memory engine's at the instant it names, in the future and
 * in the past alike, before the models are deployed: a timer started then fires an hour of the moved clock later, and
 * Bean Validation's "not in the future" reads the moved clock.
 */
@Tag("calendar")
class ClockStartTest {

    private static final Duration WAIT = Duration.ofHours(1);

    @Nested
    @IsolatedIntegrationTest
    @TestPropertySource(properties = "isms.clock.start=2040-12-31T22:00:00Z")
    class AStartInTheFuture {

        @Autowired Clock clock;
        @Autowired EngineClock engineClock;
        @Autowired ZeebeTestEngine engine;
        @Autowired CamundaClient camunda;

        @Autowired Validator validator;

        @Test
        void theAppAndTheEngineStartAtTheInstantAndATimerFiresOnTheMovedClock() {
            assertStartedAt(Instant.parse("2040-12-31T22:00:00Z"), clock, engineClock, engine, camunda);
        }

        @Test
        void notInTheFutureMeansNotAfterTheAppsToday() {
            LocalDate today = LocalDate.now(clock);
            assertThat(validator.validate(new Verification(today))).isEmpty();
            assertThat(validator.validate(new Verification(today.plusDays(1)))).singleElement()
                    .satisfies(violation -> assertThat(violation.getPropertyPath()).hasToString("verifiedOn"));
        }
    }

    record Verification(@PastOrPresent LocalDate verifiedOn) {
    }

    @Nested
    @IsolatedIntegrationTest
    @TestPropertySource(properties = "isms.clock.start=2024-02-29T10:00:00Z")
    class AStartInThePast {

        @Autowired Clock clock;
        @Autowired EngineClock engineClock;
        @Autowired ZeebeTestEngine engine;
        @Autowired CamundaClient camunda;

        @Test
        void theAppAndTheEngineStartAtTheInstantAndATimerFiresOnTheMovedClock() {
            assertStartedAt(Instant.parse("2024-02-29T10:00:00Z"), clock, engineClock, engine, camunda);
        }
    }

    private static void assertStartedAt(Instant start, Clock clock, EngineClock engineClock, ZeebeTestEngine engine, CamundaClient camunda) {
        assertThat(clock).isSameAs(engineClock);
        // The context took some seconds to start after the clock did.
        assertThat(clock.instant()).isBetween(start, start.plus(Duration.ofMinutes(5)));

        camunda.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("clock-start-probe").startEvent()
                .intermediateCatchEvent("wait-an-hour").timerWithDuration(WAIT.toString()).endEvent().done(), "clock-start-probe.bpmn")
                .send().join();
        Instant started = clock.instant();
        long instance = camunda.newCreateInstanceCommand().bpmnProcessId("clock-start-probe").latestVersion().send().join()
                .getProcessInstanceKey();
        EngineRecords records = new EngineRecords(engine);
        await().until(() -> !records.timerDueDates(instance).isEmpty());
        assertThat(records.timerDueDates(instance).getFirst()).isCloseTo(started.plus(WAIT), within(10, ChronoUnit.SECONDS));

        engineClock.advance(WAIT);
        await().until(() -> records.isCompleted(instance));
    }
}
