package io.ismsflow.tasks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import io.ismsflow.web.ConflictException;
import io.ismsflow.web.ServiceUnavailableException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The production task inbox against a stub of the Camunda 8.8 orchestration cluster's REST API (/v2/user-tasks):
 * what it sends, and how it reads what Camunda answers.
 */
class CamundaTaskInboxContractTest {

    private static final long KEY = 2251799813685301L;
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
                .withRequestBody(equalToJson("""
                        {"filter": {"state": {"$in": ["CREATING", "CREATED", "ASSIGNING", "UPDATING", "COMPLETING"]}}}""", true, true))
                .withRequestBody(matchingJsonPath("$.filter.candidateGroup.$eq", equalTo("risk-owners"))));
    }

    @Test
    void readsATaskWithItsFormAndVariables() {
        stubTask("CREATED");
        stubForm();
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

    @Test
    void followsTheCursorThroughAPageOf500TasksWithoutAskingTaskByTask() {
        camunda8.stubFor(post("/v2/user-tasks/search").atPriority(10).willReturn(okJson(taskPage(0, 200, 500, "c1"))));
        camunda8.stubFor(post("/v2/user-tasks/search").atPriority(1)
                .withRequestBody(matchingJsonPath("$.page.after", equalTo("c1"))).willReturn(okJson(taskPage(200, 200, 500, "c2"))));
        camunda8.stubFor(post("/v2/user-tasks/search").atPriority(1)
                .withRequestBody(matchingJsonPath("$.page.after", equalTo("c2"))).willReturn(okJson(taskPage(400, 100, 500, "c3"))));

        var tasks = inbox.list(TaskQuery.all());

        assertThat(tasks).hasSize(500).extracting(UserTask::key).doesNotHaveDuplicates();
        assertThat(camunda8.getAllServeEvents()).hasSize(3);
        camunda8.verify(3, postRequestedFor(urlEqualTo("/v2/user-tasks/search"))
                .withRequestBody(matchingJsonPath("$.page.limit", equalTo("200"))));
    }

    @Test
    void aTaskBetweenStatesIsStillOpenAndOneBeingCanceledIsNot() {
        stubTask("ASSIGNING");
        stubNoVariables();
        camunda8.stubFor(get("/v2/user-tasks/%d/form".formatted(KEY)).willReturn(aResponse().withStatus(204)));

        assertThat(inbox.find(KEY)).isPresent();

        stubTask("CANCELING");
        assertThat(inbox.find(KEY)).isEmpty();
    }

    @Test
    void aTaskWithoutAFormHasAFormWithoutFieldsAndFormsAreReadOncePerFormKey() {
        stubTask("CREATED");
        stubNoVariables();
        camunda8.stubFor(get("/v2/user-tasks/%d/form".formatted(KEY)).willReturn(aResponse().withStatus(204)));

        assertThat(inbox.find(KEY).orElseThrow().formSchema()).isEqualTo(FormSchema.NO_FIELDS);
        inbox.find(KEY);

        camunda8.verify(1, getRequestedFor(urlEqualTo("/v2/user-tasks/%d/form".formatted(KEY))));
    }

    @Test
    void theInnermostScopeWinsAndVariablesAreReadToTheLastPage() {
        stubTask("CREATED");
        stubForm();
        String taskScope = "2251799813685300";
        String subProcess = "2251799813685295";
        String process = "2251799813685290";
        List<String> first = new ArrayList<>();
        first.add(variable("completedBy", "\"risk-owner\"", subProcess));
        first.add(variable("completedBy", "\"ciso\"", process));
        for (int i = 0; i < 198; i++) {
            first.add(variable("filler" + i, String.valueOf(i), process));
        }
        camunda8.stubFor(post(urlPathEqualTo("/v2/user-tasks/%d/variables/search".formatted(KEY))).atPriority(10)
                .willReturn(okJson(page(first, 202, "v1"))));
        camunda8.stubFor(post(urlPathEqualTo("/v2/user-tasks/%d/variables/search".formatted(KEY))).atPriority(1)
                .withRequestBody(matchingJsonPath("$.page.after", equalTo("v1")))
                .willReturn(okJson(page(List.of(variable("decision", "\"accept\"", process),
                        variable("decision", "\"reject\"", taskScope)), 202, "v2"))));

        var variables = inbox.find(KEY).orElseThrow().variables();

        assertThat(variables).hasSize(200).containsEntry("completedBy", "risk-owner").containsEntry("decision", "reject")
                .containsEntry("filler197", 197);
    }

    @Test
    void claimingATaskSomeoneElseHoldsSaysWhoHoldsIt() {
        camunda8.stubFor(post("/v2/user-tasks/%d/assignment".formatted(KEY)).willReturn(problem(409, "INVALID_STATE",
                "Command 'CLAIM' rejected with code 'INVALID_STATE': Expected to claim user task with key '%d', but it has already been assigned".formatted(KEY))));
        stubTask("CREATED");

        assertThatThrownBy(() -> inbox.claim(KEY, "someone-else"))
                .isInstanceOf(TaskAlreadyClaimedException.class).hasMessageContaining("risk-owner");
    }

    @Test
    void claimingATaskBetweenStatesAsksToTryAgain() {
        camunda8.stubFor(post("/v2/user-tasks/%d/assignment".formatted(KEY)).willReturn(problem(409, "INVALID_STATE",
                "Expected to assign user task with key '%d', but it is in state 'COMPLETING'".formatted(KEY))));
        camunda8.stubFor(get("/v2/user-tasks/%d".formatted(KEY)).willReturn(okJson(TASK.formatted("COMPLETING").replace("\"risk-owner\"", "null"))));

        assertThatThrownBy(() -> inbox.claim(KEY, "risk-owner"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("COMPLETING").hasMessageContaining("try again");
    }

    @Test
    void completingATaskThatIsGoneSaysItIsNoLongerOpen() {
        camunda8.stubFor(post("/v2/user-tasks/%d/completion".formatted(KEY)).willReturn(problem(404, "NOT_FOUND",
                "Command 'COMPLETE' rejected with code 'NOT_FOUND': Expected to complete user task with key '%d', but no such user task was found".formatted(KEY))));
        camunda8.stubFor(delete("/v2/user-tasks/%d/assignee".formatted(KEY)).willReturn(problem(404, "NOT_FOUND", "no such user task")));

        assertThatThrownBy(() -> inbox.complete(KEY, Map.of("completedBy", "risk-owner")))
                .isInstanceOf(TaskNotFoundException.class).hasMessageContaining("no longer open");
        assertThatThrownBy(() -> inbox.unclaim(KEY)).isInstanceOf(TaskNotFoundException.class);
    }

    @Test
    void aCompletionATaskListenerDeniesIsAConflictWithItsReason() {
        camunda8.stubFor(post("/v2/user-tasks/%d/completion".formatted(KEY)).willReturn(problem(409, "INVALID_STATE",
                "Command 'COMPLETE' rejected with code 'INVALID_STATE': Completion of the user task was denied by task listener: the action owner may not verify their own action")));

        assertThatThrownBy(() -> inbox.complete(KEY, Map.of("completedBy", "risk-owner")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("may not verify their own action");
    }

    @Test
    void aRefusalOfTheAppsOwnClientIsSaidAsAFaultOfTheSetUp() {
        camunda8.stubFor(post("/v2/user-tasks/search").willReturn(problem(403, "FORBIDDEN",
                "Unauthorized to perform operation 'READ_USER_TASK' on resource 'PROCESS_DEFINITION'")));

        assertThatThrownBy(() -> inbox.list(TaskQuery.all()))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("READ_USER_TASK").hasMessageContaining("camunda.client.auth");
    }

    @Test
    void sendsBasicCredentials() {
        camunda8.stubFor(post("/v2/user-tasks/search").willReturn(okJson(taskPage(0, 0, 0, null))));
        try (CamundaClient basic = clientWith(CredentialsProvider.newBasicAuthCredentialsProviderBuilder()
                .username("isms-flow").password("secret").build())) {
            new CamundaTaskInbox(basic, new ObjectMapper()).list(TaskQuery.all());
        }

        camunda8.verify(postRequestedFor(urlEqualTo("/v2/user-tasks/search"))
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder().encodeToString("isms-flow:secret".getBytes()))));
    }

    @Test
    void sendsABearerTokenFromTheIdentityProvider() {
        camunda8.stubFor(post("/token").willReturn(okJson("""
                {"access_token": "token-for-isms-flow", "token_type": "Bearer", "expires_in": 300}""")));
        camunda8.stubFor(post("/v2/user-tasks/search").willReturn(okJson(taskPage(0, 0, 0, null))));
        try (CamundaClient oidc = clientWith(CredentialsProvider.newCredentialsProviderBuilder()
                .clientId("isms-flow").clientSecret("secret").audience("orchestration-api")
                .authorizationServerUrl(camunda8.baseUrl() + "/token")
                .credentialsCachePath(System.getProperty("java.io.tmpdir") + "/isms-flow-contract-test-" + System.nanoTime())
                .build())) {
            new CamundaTaskInbox(oidc, new ObjectMapper()).list(TaskQuery.all());
        }

        camunda8.verify(postRequestedFor(urlEqualTo("/token"))
                .withRequestBody(containing("client_id=isms-flow")).withRequestBody(containing("grant_type=client_credentials")));
        camunda8.verify(postRequestedFor(urlEqualTo("/v2/user-tasks/search"))
                .withHeader("Authorization", equalTo("Bearer token-for-isms-flow")));
    }

    private CamundaClient clientWith(CredentialsProvider credentials) {
        return CamundaClient.newClientBuilder()
                .restAddress(URI.create(camunda8.baseUrl()))
                .grpcAddress(URI.create("http://localhost:1"))
                .preferRestOverGrpc(true)
                .credentialsProvider(credentials)
                .build();
    }

    private void stubTask(String state) {
        camunda8.stubFor(get("/v2/user-tasks/%d".formatted(KEY)).willReturn(okJson(TASK.formatted(state))));
    }

    private void stubForm() {
        camunda8.stubFor(get("/v2/user-tasks/%d/form".formatted(KEY)).willReturn(okJson("""
                {"formKey": "2251799813685260", "formId": "risk-reassessment", "version": 1, "tenantId": "<default>",
                 "schema": "{\\"id\\":\\"risk-reassessment\\",\\"components\\":[]}"}""")));
    }

    private void stubNoVariables() {
        camunda8.stubFor(post(urlPathEqualTo("/v2/user-tasks/%d/variables/search".formatted(KEY))).willReturn(okJson(page(List.of(), 0, null))));
    }

    private static String taskPage(int from, int count, int total, String endCursor) {
        return page(IntStream.range(from, from + count).mapToObj(i -> TASK.formatted("CREATED")
                .replace("\"2251799813685301\"", "\"" + (KEY + i) + "\"")).toList(), total, endCursor);
    }

    private static String variable(String name, String jsonValue, String scopeKey) {
        return """
                {"variableKey": "%d", "name": "%s", "value": "%s", "scopeKey": "%s", "processInstanceKey": "2251799813685290",
                 "tenantId": "<default>", "isTruncated": false}""".formatted(System.nanoTime(), name, jsonValue.replace("\"", "\\\""), scopeKey);
    }

    private static String page(List<String> items, int total, String endCursor) {
        return """
                {"items": [%s], "page": {"totalItems": %d, "hasMoreTotalItems": false, "startCursor": null, "endCursor": %s}}"""
                .formatted(String.join(",", items), total, endCursor == null ? "null" : "\"" + endCursor + "\"");
    }

    private static ResponseDefinitionBuilder problem(int status, String title, String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody("""
                {"type": "about:blank", "title": "%s", "status": %d, "detail": "%s", "instance": "/v2/user-tasks"}"""
                .formatted(title, status, detail.replace("'", "\u0027")));
    }
}
