package io.ismsflow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ismsflow.TestIsmsApplication;
import io.ismsflow.audit.AuditProgrammes;
import io.ismsflow.corrective.Nonconformities;
import io.ismsflow.evidence.FrozenDocuments;
import io.ismsflow.measurement.Improvement;
import io.ismsflow.measurement.Improvements;
import io.ismsflow.review.ManagementReview;
import io.ismsflow.review.ManagementReviews;
import io.ismsflow.review.ReviewStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The dev run with its demo, started at a year's last evening and at a quarter's first working day: it says it is ready
 * only once the demo is in, and the demo is consistent with its date: the past quarters' reviews held inside their
 * quarters, the previous quarter's among them, this year's audit programme, codes that name the years and quarters
 * they belong to.
 */
@Tag("calendar")
class DemoAtAnyDateTest {

    private static final Pattern CHANGED_ON = Pattern.compile(" on (\\d{4}-\\d{2}-\\d{2})");

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-31T22:00:00Z", "2027-04-01T07:00:00Z"})
    void theDemoFitsTheDateTheDevRunStartsOn(String start) {
        try (ConfigurableApplicationContext app = TestIsmsApplication.start("--isms.clock.start=" + start, "--server.port=0")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            await().atMost(Duration.ofMinutes(2)).until(() -> status(port, "/actuator/health/readiness") == 200);
            LocalDate today = LocalDate.now(app.getBean(Clock.class));

            List<ManagementReview> reviews = app.getBean(ManagementReviews.class).all();
            assertThat(reviews).noneMatch(review -> review.getStatus() == ReviewStatus.REQUESTED);
            FrozenDocuments frozen = app.getBean(FrozenDocuments.class);
            assertThat(reviews).filteredOn(review -> review.getStatus() == ReviewStatus.HELD).hasSize(2).allSatisfy(review -> {
                LocalDate firstDay = firstDayOf(review.getPeriod());
                LocalDate lastDay = firstDay.plusMonths(3).minusDays(1);
                assertThat(review.getPlannedOn()).isBetween(firstDay, lastDay);
                assertThat(day(review.getMinutesApprovedAt())).isBetween(firstDay, lastDay).isBeforeOrEqualTo(today);
                assertThat(day(frozen.get(review.getMinutesDocument()).frozenAt())).isEqualTo(day(review.getMinutesApprovedAt()));
                // "changed … on <day>": nothing the pack reports happened after it was compiled.
                assertThat(CHANGED_ON.matcher(app.getBean(ManagementReviews.class).inputsOf(review).toString()).results()
                        .map(change -> LocalDate.parse(change.group(1)))).allSatisfy(day -> assertThat(day)
                        .isBeforeOrEqualTo(day(review.getInputsTakenAt())));
            });
            String previousQuarter = quarterOf(today.minusMonths(3));
            assertThat(reviews).extracting(ManagementReview::getPeriod).contains(previousQuarter);
            // The next quarter's review waits at "Prepare review"; on a quarter's first working day the schedule has asked for that quarter's too.
            assertThat(reviews).filteredOn(review -> review.getStatus() == ReviewStatus.PREPARING).isNotEmpty()
                    .allSatisfy(review -> assertThat(review.getInputsTakenAt()).isNotNull())
                    .extracting(ManagementReview::getPeriod).contains(quarterOf(today.plusMonths(3)));

            assertThat(app.getBean(AuditProgrammes.class).ofCycle(today.getYear())).isNotNull();
            assertThat(app.getBean(Improvements.class).all()).extracting(Improvement::getSourceReference)
                    .contains("MR-" + previousQuarter, "IA-%d-02 OFI 1".formatted(today.getYear() - 1));
            assertThat(app.getBean(Nonconformities.class).find(null, null, null)).extracting(nc -> nc.getSourceReference())
                    .contains("IA-%d-02 finding 3".formatted(today.getYear() - 1));
        }
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private int status(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static LocalDate firstDayOf(String quarter) {
        return LocalDate.of(Integer.parseInt(quarter.substring(0, 4)), (quarter.charAt(6) - '1') * 3 + 1, 1);
    }

    private static String quarterOf(LocalDate day) {
        return "%d-Q%d".formatted(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }
}
