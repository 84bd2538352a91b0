package io.ismsflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismsflow.support.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The cases a black-box probe of the dev run found answered with a server error, a raw page or silently accepted,
 * sent as the probe sent them (raw HTTP, odd headers and paths): each now gets the answer it should.
 */
@IntegrationTest
class ProbeFindingsTest {

    private static final String RISK = """
            {"title":"Probe","asset":"a","threat":"t","vulnerability":"v","confidentiality":true,"owner":"risk-owner",
             "likelihood":3,"impact":3,"treatment":"MODIFY","residualLikelihood":2,"residualImpact":2%s}""";

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest(name = "nextReviewDue {0}")
    @ValueSource(strings = {"\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"0000-01-01\"", "12345", "\"1999-12-31\""})
    void anImplausibleDateIsABadRequestNamingTheField(String date) throws Exception {
        HttpResponse<String> response = send("POST", "/api/risks", "application/json", RISK.formatted(",\"nextReviewDue\":" + date));

        assertProblem(response, 400);
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly("nextReviewDue");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "likelihood 1.5  | \"likelihood\":3      | \"likelihood\":1.5      | likelihood",
            "title as number | \"title\":\"Probe\"   | \"title\":5             | title",
            "enum as number  | \"treatment\":\"MODIFY\" | \"treatment\":1       | treatment",
            "boolean as text | \"confidentiality\":true | \"confidentiality\":\"1\" | confidentiality"})
    void lenientInputIsRefusedNamingTheField(String name, String valid, String lenient, String field) throws Exception {
        HttpResponse<String> response = send("POST", "/api/risks", "application/json", RISK.formatted("").replace(valid, lenient));

        assertProblem(response, 400);
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly(field);
    }

    @Test
    void aVersionWithAFractionAndAnUnknownFieldAreRefused() throws Exception {
        assertProblem(send("PUT", "/api/controls/5.2", "application/json",
                "{\"applicable\":true,\"inclusionReasons\":[\"RISK_TREATMENT\"],\"implementationStatus\":\"NOT_STARTED\",\"version\":1.5}"), 400);
        assertProblem(send("POST", "/api/risks", "application/json", RISK.formatted(",\"colour\":\"red\"")), 400);
    }

    @Test
    void nullElementsOfListsAreNamed() throws Exception {
        HttpResponse<String> control = send("PUT", "/api/controls/5.2", "application/json",
                "{\"applicable\":true,\"inclusionReasons\":[null],\"implementationStatus\":\"NOT_STARTED\",\"version\":0}");
        assertProblem(control, 400);
        assertThat(json.readTree(control.body()).get("errors").findValuesAsText("field")).containsExactly("inclusionReasons[]");

        HttpResponse<String> nc = send("POST", "/api/nonconformities", "application/json", """
                {"source":"MANUAL","title":"t","description":"d","severity":"MINOR","owner":"risk-owner","controls":[null],"risks":[null]}""");
        assertProblem(nc, 400);
        assertThat(json.readTree(nc.body()).get("errors").findValuesAsText("field")).containsExactly("controls[0]", "risks[0]");
    }

    @Test
    void anOwnerNobodySignsInWithIsRefused() throws Exception {
        HttpResponse<String> response = send("POST", "/api/risks", "application/json", RISK.formatted("").replace("risk-owner", "it-ops"));

        assertProblem(response, 400);
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly("owner");
    }

    @ParameterizedTest(name = "Content-Type {0}")
    @ValueSource(strings = {"multipart/form-data", "application/*", "*/*", "text/plain", "not a media type"})
    void aBodyThatIsNotJsonIsUnsupported(String contentType) throws Exception {
        assertProblem(send("POST", "/api/risks", contentType, RISK.formatted("")), 415);
    }

    @Test
    void aNegativeAgeIsABadRequestNamingTheParameter() throws Exception {
        HttpResponse<String> response = send("GET", "/api/nonconformities?olderThanDays=-1", null, null);

        assertProblem(response, 400);
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly("olderThanDays");
    }

    @ParameterizedTest(name = "/api/risks/{0}")
    @ValueSource(strings = {"%00", "..%2F", "1;jsessionid=abc", "1;drop", "abc", "%2e%2e%2f"})
    void oddPathIdsGetProblemDetails(String id) throws Exception {
        HttpResponse<String> response = send("GET", "/api/risks/" + id, null, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, 400);
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
        assertThat(send("GET", "/error", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void pagesCarryAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
        HttpResponse<String> page = send("GET", "/tasks", null, null);

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self';").doesNotContain("unsafe-eval").contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }

    @Test
    void aBearerHeaderNextToASessionDoesNotSkipTheCsrfCheck() throws Exception {
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tasks"))
                .header("Authorization", basic("risk-owner")).build(), HttpResponse.BodyHandlers.ofString());
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID"))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).findFirst().orElse("JSESSIONID=none");

        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/risks"))
                .header("Authorization", "Bearer junk").header("Cookie", session).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(RISK.formatted(""))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isIn(401, 403);
        assertThat(forged.body()).doesNotContain("\"code\":\"R-");
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic("isms-manager"))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
