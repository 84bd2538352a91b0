package io.ismsflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The policies register and the roles through their API: recorded, revised with an uploaded text, edited with a
 * stale version refused, retired; bad input named field by field; only owners and ISMS managers revise.
 */
@IntegrationTest
class DocumentRegisterApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired AuditTrail trail;

    @Test
    void aDocumentIsRecordedRevisedEditedAndRetiredWithItsTrail() throws Exception {
        ResponseEntity<JsonNode> recorded = manager().postForEntity("/api/documents", new HttpEntity<>(document()), JsonNode.class);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = recorded.getBody();
        long id = body.get("id").asLong();
        assertThat(body.get("code").asText()).isEqualTo("POL-%03d".formatted(id));
        assertThat(body.get("status").asText()).isEqualTo("DRAFT");
        assertThat(body.get("controls").toString()).isEqualTo("[\"5.10\"]");
        assertThat(body.get("versions").get(0).get("link").asText()).isEqualTo("https://intranet.example.com/acceptable-use");

        byte[] text = "%PDF-1.4\n%%EOF\n".getBytes();
        ResponseEntity<JsonNode> revised = revise(rest.withBasicAuth("risk-owner", "demo"), id, text);
        assertThat(revised.getStatusCode()).isEqualTo(HttpStatus.OK);
        long fileId = revised.getBody().get("versions").get(0).get("fileId").asLong();
        ResponseEntity<byte[]> download = manager().getForEntity("/api/evidence/" + fileId + "/content", byte[].class);
        assertThat(download.getBody()).isEqualTo(text);
        JsonNode file = manager().getForObject("/api/evidence/" + fileId, JsonNode.class);
        assertThat(file.get("sha256").asText()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text)));
        assertThat(revise(rest.withBasicAuth("auditor", "demo"), id, text).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        Map<String, Object> change = new HashMap<>(document());
        change.put("title", "Acceptable use of information and assets");
        change.put("version", revised.getBody().get("version").asLong());
        assertThat(manager().exchange("/api/documents/" + id, HttpMethod.PUT, new HttpEntity<>(change), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(manager().exchange("/api/documents/" + id, HttpMethod.PUT, new HttpEntity<>(change), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(manager().postForEntity("/api/documents/" + id + "/retire", null, JsonNode.class).getBody().get("status").asText())
                .isEqualTo("RETIRED");
        assertThat(revise(manager(), id, text).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(manager().getForObject("/api/documents/" + id, JsonNode.class).get("versions")).hasSize(1);

        assertThat(trail.find(DocumentRegister.DOCUMENT, String.valueOf(id))).extracting(TrailEntry::action)
                .containsExactly("drafted", "revision-drafted", "edited", "retired");
    }

    @Test
    void badInputIsNamedFieldByField() {
        Map<String, Object> bad = new HashMap<>(document());
        bad.put("title", "");
        bad.put("owner", "nobody-here");
        bad.put("controls", List.of("5.1", "9.99"));
        bad.put("firstVersion", Map.of("changeSummary", "First", "link", "ftp://old-server/policy"));
        ResponseEntity<JsonNode> refused = manager().postForEntity("/api/documents", new HttpEntity<>(bad), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactly("firstVersion.link", "owner", "title");

        bad = new HashMap<>(document());
        bad.put("controls", List.of("5.1", "9.99"));
        bad.put("firstVersion", Map.of("changeSummary", "First"));
        refused = manager().postForEntity("/api/documents", new HttpEntity<>(bad), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactly("controls", "firstVersion.link");

        assertThat(rest.withBasicAuth("risk-owner", "demo").postForEntity("/api/documents", new HttpEntity<>(document()), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(manager().getForEntity("/api/documents/999999", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRoleIsDefinedAndAssignedWithTheChangeInItsTrail() {
        Map<String, Object> role = new HashMap<>(Map.of("name", "Internal auditor " + System.nanoTime(), "taskGroup", "auditors",
                "responsibilities", "Plans and conducts internal audits (9.2)", "holders", List.of("auditor")));
        ResponseEntity<JsonNode> defined = manager().postForEntity("/api/context/roles", new HttpEntity<>(role), JsonNode.class);
        assertThat(defined.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = defined.getBody().get("id").asLong();

        role.put("holders", List.of("auditor", "auditor-2"));
        role.put("version", defined.getBody().get("version").asLong());
        assertThat(manager().exchange("/api/context/roles/" + id, HttpMethod.PUT, new HttpEntity<>(role), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(manager().getForObject("/api/context/roles/" + id, JsonNode.class).get("holders").toString())
                .isEqualTo("[\"auditor\",\"auditor-2\"]");
        assertThat(trail.find("isms-role", String.valueOf(id))).extracting(TrailEntry::action).containsExactly("defined", "holders-changed");

        role.put("holders", List.of("someone-unknown"));
        role.put("taskGroup", "everyone");
        ResponseEntity<JsonNode> refused = manager().exchange("/api/context/roles/" + id, HttpMethod.PUT, new HttpEntity<>(role), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactly("holders[0]", "taskGroup");
    }

    private ResponseEntity<JsonNode> revise(TestRestTemplate as, long id, byte[] text) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        parts.add("revision", new HttpEntity<>(Map.of("changeSummary", "Clarifies personal devices"), json));
        parts.add("file", new ByteArrayResource(text) {
            @Override
            public String getFilename() {
                return "acceptable-use-v2.pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as.postForEntity("/api/documents/" + id + "/revisions", new HttpEntity<>(parts, headers), JsonNode.class);
    }

    private TestRestTemplate manager() {
        return rest.withBasicAuth("isms-manager", "demo");
    }

    private static Map<String, Object> document() {
        return Map.of("title", "Acceptable use policy", "type", "TOPIC_SPECIFIC_POLICY", "owner", "risk-owner", "classification", "INTERNAL",
                "controls", List.of("5.10"), "firstVersion", Map.of("changeSummary", "First issue", "link", "https://intranet.example.com/acceptable-use"));
    }
}
