package io.ismsflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.engine.EngineClock;
import io.ismsflow.measurement.Metrics;
import io.ismsflow.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The KPIs as Prometheus gauges, read by the monitoring account only, which reads nothing else. */
@Tag("calendar")
@IntegrationTest
class KpiGaugesTest {

    @Autowired TestRestTemplate rest;
    @Autowired Metrics metrics;
    @Autowired KpiGauges gauges;
    @Autowired EngineClock clock;

    @Test
    void theMonitoringAccountScrapesTheKpisAndNothingElse() {
        metrics.sample(LocalDate.now(clock));
        gauges.refresh();

        ResponseEntity<String> scrape = rest.withBasicAuth("monitoring", "demo").getForEntity("/actuator/prometheus", String.class);
        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scrape.getBody()).contains("isms_kpi{id=\"open-nonconformities\",unit=\"nonconformities\"}")
                .contains("isms_kpi_target{id=\"risks-above-appetite\"");

        assertThat(rest.withBasicAuth("viewer", "demo").getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("monitoring", "demo").getForEntity("/api/risks", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
