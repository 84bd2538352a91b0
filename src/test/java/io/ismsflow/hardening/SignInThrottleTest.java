package io.ismsflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.trail.AuditTrail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Password guessing is slowed for HTTP Basic and the login form alike, and each lockout is in the audit trail.
 * In a context of its own: the lockouts it provokes must not lock the other tests' users out.
 */
@IsolatedIntegrationTest
class SignInThrottleTest {

    @LocalServerPort int port;
    @Autowired AuditTrail trail;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAndTheApiSaysHowLong() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(api("auditor", "guess" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = api("auditor", "demo");

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(800L, 900L));
        assertThat(locked.body()).contains("Too many failed sign-ins");
        assertThat(trail.find("user", "auditor")).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("locked-out"));
        assertThat(api("auditor-2", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginFormCountsTooAndTellsThePersonWhenToTryAgain() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(form("top-manager", "guess" + i).headers().firstValue("Location")).hasValueSatisfying(location ->
                    assertThat(location).endsWith("/login?error"));
        }

        HttpResponse<String> locked = form("top-manager", "demo");

        assertThat(locked.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("/login?locked=15"));
        assertThat(get("/login?locked=15").body()).contains("Too many failed sign-ins: try again in 15 minutes.");
    }

    private HttpResponse<String> api(String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/risks"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The login form as a browser posts it: with the CSRF cookie and token the login page handed out. */
    private HttpResponse<String> form(String user, String password) throws Exception {
        HttpResponse<String> page = get("/login");
        String cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';'))).toList());
        String token = cookies.replaceAll(".*XSRF-TOKEN=([^;]+).*", "$1");
        String body = "username=" + user + "&password=" + password + "&_csrf=" + token;
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
