package io.ismsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Every endpoint against every role: who gets in (any answer but 401 and 403 — the requests are built to fail
 * validation or find nothing, so they change nothing), who is refused (403), and that nobody anonymous gets in
 * (401 from the API, the login page for pages).
 */
@IntegrationTest
class AccessMatrixTest {

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> ROLES = List.of(ANONYMOUS, "viewer", "risk-owner", "isms-manager", "auditor", "top-manager");
    private static final Set<String> EVERYONE = Set.of("viewer", "risk-owner", "isms-manager", "auditor", "top-manager");
    private static final Set<String> CONTRIBUTORS = Set.of("risk-owner", "isms-manager", "auditor", "top-manager");
    private static final Set<String> RISK_EDITORS = Set.of("risk-owner", "isms-manager");
    private static final Set<String> SOA_EDITORS = Set.of("isms-manager");
    private static final Set<String> NOBODY = Set.of();

    record Endpoint(HttpMethod method, String path, Set<String> allowed) {
        boolean isPage() {
            return !path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(HttpMethod.GET, "/api/risks", EVERYONE),
            new Endpoint(HttpMethod.GET, "/api/risks/999999", EVERYONE),
            new Endpoint(HttpMethod.POST, "/api/risks", RISK_EDITORS),
            new Endpoint(HttpMethod.PUT, "/api/risks/999999", RISK_EDITORS),
            new Endpoint(HttpMethod.DELETE, "/api/risks/999999", NOBODY),
            new Endpoint(HttpMethod.POST, "/api/risks/999999/reviews", RISK_EDITORS),
            new Endpoint(HttpMethod.GET, "/api/controls", EVERYONE),
            new Endpoint(HttpMethod.POST, "/api/controls", SOA_EDITORS),
            new Endpoint(HttpMethod.PUT, "/api/controls/5.1", SOA_EDITORS),
            new Endpoint(HttpMethod.GET, "/api/nonconformities", EVERYONE),
            new Endpoint(HttpMethod.POST, "/api/nonconformities", CONTRIBUTORS),
            new Endpoint(HttpMethod.GET, "/api/tasks", EVERYONE),
            new Endpoint(HttpMethod.GET, "/api/tasks/42", EVERYONE),
            new Endpoint(HttpMethod.POST, "/api/tasks/42/claim", CONTRIBUTORS),
            new Endpoint(HttpMethod.POST, "/api/tasks/42/unclaim", CONTRIBUTORS),
            new Endpoint(HttpMethod.POST, "/api/tasks/42/complete", CONTRIBUTORS),
            new Endpoint(HttpMethod.POST, "/api/tasks/42/assign", CONTRIBUTORS),
            new Endpoint(HttpMethod.GET, "/api/delegations", EVERYONE),
            new Endpoint(HttpMethod.POST, "/api/delegations", CONTRIBUTORS),
            new Endpoint(HttpMethod.POST, "/api/delegations/999999/revoke", CONTRIBUTORS),
            new Endpoint(HttpMethod.POST, "/api/evidence", CONTRIBUTORS),
            new Endpoint(HttpMethod.GET, "/api/context/issues", EVERYONE),
            new Endpoint(HttpMethod.POST, "/api/context/issues", SOA_EDITORS),
            new Endpoint(HttpMethod.PUT, "/api/context/issues/999999", SOA_EDITORS),
            new Endpoint(HttpMethod.POST, "/api/context/climate-decisions", Set.of("isms-manager", "top-manager")),
            new Endpoint(HttpMethod.GET, "/context", EVERYONE),
            new Endpoint(HttpMethod.POST, "/api/evidence/999999/supersede", CONTRIBUTORS),
            new Endpoint(HttpMethod.GET, "/api/evidence/999999", EVERYONE),
            new Endpoint(HttpMethod.DELETE, "/api/evidence/999999", NOBODY),
            new Endpoint(HttpMethod.GET, "/api/audit-trail", EVERYONE),
            new Endpoint(HttpMethod.GET, "/api/escalations", EVERYONE),
            new Endpoint(HttpMethod.GET, "/", EVERYONE),
            new Endpoint(HttpMethod.GET, "/nonconformities", EVERYONE),
            new Endpoint(HttpMethod.GET, "/tasks", EVERYONE),
            new Endpoint(HttpMethod.GET, "/notifications", EVERYONE),
            new Endpoint(HttpMethod.GET, "/api/notifications", EVERYONE),
            new Endpoint(HttpMethod.POST, "/api/notifications/999999/read", EVERYONE),
            new Endpoint(HttpMethod.GET, "/api/audit-programmes", EVERYONE),
            new Endpoint(HttpMethod.POST, "/api/audit-programmes", SOA_EDITORS),
            new Endpoint(HttpMethod.POST, "/api/audit-programmes/1999/audits", SOA_EDITORS),
            new Endpoint(HttpMethod.PUT, "/api/audits/999999/window", SOA_EDITORS),
            new Endpoint(HttpMethod.POST, "/api/audits/999999/drop", SOA_EDITORS),
            new Endpoint(HttpMethod.GET, "/api/audits/999999", EVERYONE),
            new Endpoint(HttpMethod.PUT, "/api/audits/999999/checklist/0", Set.of("auditor")),
            new Endpoint(HttpMethod.POST, "/api/audits/999999/findings", Set.of("auditor")),
            new Endpoint(HttpMethod.DELETE, "/api/audits/999999/findings/1", Set.of("auditor")),
            new Endpoint(HttpMethod.POST, "/api/audits/999999/acknowledge", Set.of("top-manager")),
            new Endpoint(HttpMethod.GET, "/api/audits/999999/report", EVERYONE),
            new Endpoint(HttpMethod.GET, "/api/audit-universe", EVERYONE),
            new Endpoint(HttpMethod.PUT, "/api/audit-universe", SOA_EDITORS),
            new Endpoint(HttpMethod.GET, "/audit-programmes", EVERYONE),
            new Endpoint(HttpMethod.GET, "/audit-universe", EVERYONE),
            new Endpoint(HttpMethod.GET, "/api/management-reviews", EVERYONE),
            new Endpoint(HttpMethod.POST, "/api/management-reviews", Set.of("isms-manager", "top-manager")),
            new Endpoint(HttpMethod.GET, "/api/management-reviews/999999", EVERYONE),
            new Endpoint(HttpMethod.GET, "/api/management-reviews/999999/minutes", EVERYONE),
            new Endpoint(HttpMethod.GET, "/management-reviews", EVERYONE),
            new Endpoint(HttpMethod.GET, "/api/dashboard", EVERYONE),
            new Endpoint(HttpMethod.GET, "/processes", EVERYONE),
            new Endpoint(HttpMethod.GET, "/api/exports/soa.csv", EVERYONE),
            new Endpoint(HttpMethod.GET, "/api/exports/risks.xlsx", EVERYONE),
            new Endpoint(HttpMethod.GET, "/api/exports/nonconformities.csv", EVERYONE),
            new Endpoint(HttpMethod.GET, "/api/exports/soa.pdf", EVERYONE),
            new Endpoint(HttpMethod.GET, "/api/exports/treatment-plan.html", EVERYONE),
            new Endpoint(HttpMethod.GET, "/api/evidence-packs", Set.of("isms-manager", "auditor", "top-manager")),
            new Endpoint(HttpMethod.GET, "/api/evidence-packs/999999", Set.of("isms-manager", "auditor", "top-manager")),
            new Endpoint(HttpMethod.GET, "/evidence-packs", Set.of("isms-manager", "auditor", "top-manager")),
            new Endpoint(HttpMethod.GET, "/imports", Set.of("isms-manager")),
            new Endpoint(HttpMethod.POST, "/api/imports/risks", Set.of("isms-manager")),
            new Endpoint(HttpMethod.POST, "/api/evidence-packs", Set.of("isms-manager", "auditor", "top-manager")),
            new Endpoint(HttpMethod.GET, "/api/artefacts", EVERYONE),
            new Endpoint(HttpMethod.GET, "/artefacts", EVERYONE));

    @Autowired TestRestTemplate rest;

    static Stream<Arguments> matrix() {
        return ENDPOINTS.stream().flatMap(endpoint -> ROLES.stream().map(role -> Arguments.of(endpoint, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleGetsWhatItsRuleSays(Endpoint endpoint, String role) {
        TestRestTemplate client = ANONYMOUS.equals(role) ? rest : rest.withBasicAuth(role, "demo");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML));

        var response = client.exchange(endpoint.path(), endpoint.method(), new HttpEntity<>("{}", headers), String.class);
        HttpStatus status = HttpStatus.valueOf(response.getStatusCode().value());

        if (ANONYMOUS.equals(role) && endpoint.isPage()) {
            assertThat(response.getBody()).as("redirected to the login page").contains("name=\"password\"");
        } else if (ANONYMOUS.equals(role)) {
            assertThat(status).isEqualTo(HttpStatus.UNAUTHORIZED);
        } else if (endpoint.allowed().contains(role)) {
            assertThat(status).isNotIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
        } else {
            assertThat(status).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }
}
