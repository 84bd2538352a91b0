package io.ismsflow.tasks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.camunda.client.CamundaClient;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The production task inbox against a stub of the Camunda 8.8 orchestration cluster's REST API (/v2/user-tasks):
 * what it sends, and how it reads what Camunda answers.
 */
class CamundaTaskInboxContractTest {

    private static final String TASK = """
            {"userTaskKey": "2251799813685301", "name": "Reassess risk", "state": "%s", "assignee": "risk-owner",
             "elementId": "reassess-risk", "elementInstanceKey": "2251799813685300",
             "candidateGroups": ["risk-owners"], "candidateUsers": [],
             "processDefinitionId": "risk-review", "processName": "Risk review",
             "processDefinitionKey": "2251799813685250", "processInstanceKey": "2251799813685290",
             "formKey": "2251799813685260", "creationDate": "2026-11-20T08:00:00.000Z",
             "dueDate": "2026-12-04T08:00:00.000Z", "tenantId": "<default>", "processDefinitionVersion": 1,
             "customHeaders": {}, "priority": 50}""";

    private final WireMockServer camunda8 = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private CamundaClient client;
    private CamundaTaskInbox inbox;

    @BeforeEach
    void start() {
        camunda8.start();
        client = CamundaClient.newClientBuilder()
                .restAddress(URI.create(camunda8.baseUrl()))
                .grpcAddress(URI.create("http://localhost:1"))
                .preferRestOverGrpc(true)
                .build();
        inbox = new CamundaTaskInbox(client, new ObjectMapper());
    }

    @AfterEach
    void stop() {
        client.close();
        camunda8.stop();
    }

    @Test
    void listsOpenTasksOfACandidateGroup() {
        camunda8.stubFor(post("/v2/user-tasks/search").willReturn(okJson("""
                {"items": [%s], "page": {"totalItems": 1, "hasMoreTotalItems": false}}""".formatted(TASK.formatted("CREATED")))));

        var tasks = inbox.list(new TaskQuery("risk-owners", null));

        assertThat(tasks).singleElement().isEqualTo(new UserTask(2251799813685301L, "Reassess risk", "risk-review",
                2251799813685290L, "reassess-risk", "risk-owner", List.of("risk-owners"),
                OffsetDateTime.parse("2026-11-20T08:00:00Z"), OffsetDateTime.parse("2026-12-04T08:00:00Z")));
        camunda8.verify(postRequestedFor(urlEqualTo("/v2/user-tasks/search"))
                .withRequestBody(matchingJsonPath("$.filter.state.$eq", equalTo("CREATED")))
                .withRequestBody(matchingJsonPath("$.filter.candidateGroup.$eq", equalTo("risk-owners"))));
    }

    @Test
    void readsATaskWithItsFormAndVariables() {
        camunda8.stubFor(get("/v2/user-tasks/2251799813685301").willReturn(okJson(TASK.formatted("CREATED"))));
        camunda8.stubFor(get("/v2/user-tasks/2251799813685301/form").willReturn(okJson("""
                {"formKey": "2251799813685260", "formId": "risk-reassessment", "version": 1, "tenantId": "<default>",
                 "schema": "{\\"id\\":\\"risk-reassessment\\",\\"components\\":[]}"}""")));
        camunda8.stubFor(post(urlPathEqualTo("/v2/user-tasks/2251799813685301/variables/search"))
                .withQueryParam("truncateValues", equalTo("false")).willReturn(okJson("""
                {"items": [
                  {"variableKey": "1", "name": "riskCode", "value": "\\"R-007\\"", "scopeKey": "2251799813685290",
                   "processInstanceKey": "2251799813685290", "tenantId": "<default>", "isTruncated": false},
                  {"variableKey": "2", "name": "likelihood", "value": "4", "scopeKey": "2251799813685290",
                   "processInstanceKey": "2251799813685290", "tenantId": "<default>", "isTruncated": false}],
                 "page": {"totalItems": 2, "hasMoreTotalItems": false}}""")));

        TaskDetails details = inbox.find(2251799813685301L).orElseThrow();

        assertThat(details.task().name()).isEqualTo("Reassess risk");
        assertThat(details.formSchema()).isEqualTo("{\"id\":\"risk-reassessment\",\"components\":[]}");
        assertThat(details.variables()).containsEntry("riskCode", "R-007").containsEntry("likelihood", 4);
    }

    @Test
    void aCompletedOrUnknownTaskIsNotFound() {
        camunda8.stubFor(get("/v2/user-tasks/2251799813685301").willReturn(okJson(TASK.formatted("COMPLETED"))));
        camunda8.stubFor(get("/v2/user-tasks/404").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"NOT_FOUND\",\"status\":404,\"detail\":\"User task with key 404 not found\"}")));

        assertThat(inbox.find(2251799813685301L)).isEmpty();
        assertThat(inbox.find(404L)).isEmpty();
    }

    @Test
    void claimsUnclaimsAndCompletes() {
        camunda8.stubFor(post("/v2/user-tasks/2251799813685301/assignment").willReturn(aResponse().withStatus(204)));
        camunda8.stubFor(delete("/v2/user-tasks/2251799813685301/assignee").willReturn(aResponse().withStatus(204)));
        camunda8.stubFor(post("/v2/user-tasks/2251799813685301/completion").willReturn(aResponse().withStatus(204)));

        inbox.claim(2251799813685301L, "risk-owner");
        inbox.unclaim(2251799813685301L);
        inbox.complete(2251799813685301L, Map.of("likelihood", 3, "completedBy", "risk-owner"));

        camunda8.verify(postRequestedFor(urlEqualTo("/v2/user-tasks/2251799813685301/assignment"))
                .withRequestBody(matchingJsonPath("$.assignee", equalTo("risk-owner")))
                .withRequestBody(matchingJsonPath("$.allowOverride", equalTo("false"))));
        camunda8.verify(deleteRequestedFor(urlEqualTo("/v2/user-tasks/2251799813685301/assignee")));
        camunda8.verify(postRequestedFor(urlEqualTo("/v2/user-tasks/2251799813685301/completion"))
                .withRequestBody(equalToJson("{\"variables\": {\"likelihood\": 3, \"completedBy\": \"risk-owner\"}}", true, true)));
    }
}
