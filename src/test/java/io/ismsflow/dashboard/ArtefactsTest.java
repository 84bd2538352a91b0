package io.ismsflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ismsflow.engine.EngineClock;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.trail.Actor;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The clause 4–10 artefact map: missing on a new installation, present once recorded, stale as the clock passes its cycle. */
@Tag("calendar")
@IsolatedIntegrationTest
class ArtefactsTest {

    @Autowired TestRestTemplate rest;
    @Autowired RiskRegister risks;
    @Autowired EngineClock clock;

    @Test
    void anArtefactGoesFromMissingToPresentToStale() {
        assertThat(states()).containsEntry("ISMS scope", "MISSING").containsEntry("Risk assessment results", "MISSING")
                .containsEntry("Management review minutes", "MISSING").containsEntry("Risk criteria", "PRESENT");

        risks.identify(new RiskDraft("Ransomware", null, "File server", "Ransomware", "No offline backup", true, true, true, "risk-owner", 4, 4,
                Treatment.MODIFY, null, 3, 3, LocalDate.now(clock).plusDays(10), null), Actor.person("isms-manager"));
        assertThat(states()).containsEntry("Risk assessment results", "PRESENT");

        clock.advance(Duration.ofDays(11));
        assertThat(states()).containsEntry("Risk assessment results", "STALE");
    }

    private Map<String, String> states() {
        JsonNode map = rest.withBasicAuth("viewer", "demo").getForObject("/api/artefacts", JsonNode.class);
        return StreamSupport.stream(map.spliterator(), false).collect(Collectors.toMap(artefact -> artefact.get("name").asText(),
                artefact -> artefact.get("state").asText()));
    }
}
