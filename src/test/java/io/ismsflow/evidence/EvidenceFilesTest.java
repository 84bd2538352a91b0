package io.ismsflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ismsflow.support.IsolatedIntegrationTest;
import java.nio.charset.StandardCharsets;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The evidence store through its API: a file comes back byte for byte with its SHA-256, a file too large or not
 * what its name says is refused, and superseding keeps the earlier version downloadable. In a context of its own
 * with a small size limit.
 */
@IsolatedIntegrationTest
@TestPropertySource(properties = "isms.evidence.max-size=64KB")
class EvidenceFilesTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired TestRestTemplate rest;

    @Test
    void aFileComesBackByteForByteWithItsHashAsAnAttachment() {
        ResponseEntity<JsonNode> uploaded = upload("corrective-action", "17", "Restore test report.pdf", PDF);

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode file = uploaded.getBody();
        assertThat(file.get("sha256").asText()).isEqualTo(EvidenceFiles.sha256(PDF));
        assertThat(file.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(file.get("uploadedBy").asText()).isEqualTo("risk-owner");

        ResponseEntity<byte[]> download = http().getForEntity("/api/evidence/" + file.get("id").asLong() + "/content", byte[].class);
        assertThat(download.getBody()).isEqualTo(PDF);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"Restore test report.pdf\"; filename*=UTF-8''Restore%20test%20report.pdf");
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeaders().getETag()).isEqualTo("\"" + EvidenceFiles.sha256(PDF) + "\"");
        assertThat(http().getForObject("/api/evidence?ownerType=corrective-action&ownerId=17", JsonNode.class).findValuesAsText("filename"))
                .containsExactly("Restore test report.pdf");
    }

    @Test
    void aNameThatTriesToEscapeIsTamed() {
        ResponseEntity<JsonNode> response = upload("control", "5.15", "..\\../évil\"na|me\u202E.txt", "plain text".getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().get("filename").asText()).isEqualTo("évil_na_me.txt");
    }

    @Test
    void aFileTooLargeIsRefusedSayingHowLargeOneMayBe() {
        byte[] large = new byte[100 * 1024];
        System.arraycopy(PDF, 0, large, 0, PDF.length);

        ResponseEntity<JsonNode> refused = upload("control", "5.15", "big.pdf", large);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(refused.getBody().get("detail").asText()).contains("at most");
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefused() {
        byte[] executable = new byte[512];
        executable[0] = 'M';
        executable[1] = 'Z';

        ResponseEntity<JsonNode> disguised = upload("control", "5.15", "policy.pdf", executable);
        ResponseEntity<JsonNode> renamed = upload("control", "5.15", "notes.pdf", "just some text".getBytes(StandardCharsets.UTF_8));

        assertThat(disguised.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(disguised.getBody().get("errors").findValuesAsText("field")).containsExactly("file");
        assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(renamed.getBody().get("detail").asText()).contains("which its name does not say");
        assertThat(http().getForObject("/api/evidence?ownerType=control&ownerId=5.15", JsonNode.class).findValuesAsText("filename"))
                .doesNotContain("policy.pdf", "notes.pdf");
    }

    @Test
    void supersedingKeepsTheEarlierVersionDownloadable() {
        long first = upload("policy", "POL-001", "policy-v1.txt", "version 1".getBytes(StandardCharsets.UTF_8)).getBody().get("id").asLong();

        ResponseEntity<JsonNode> second = supersede(first, "policy-v2.txt", "version 2".getBytes(StandardCharsets.UTF_8));

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody().get("supersedes").asLong()).isEqualTo(first);
        JsonNode earlier = http().getForObject("/api/evidence/" + first, JsonNode.class);
        assertThat(earlier.get("supersededBy").asLong()).isEqualTo(second.getBody().get("id").asLong());
        assertThat(earlier.get("current").asBoolean()).isFalse();
        assertThat(http().getForObject("/api/evidence/" + first + "/content", byte[].class)).isEqualTo("version 1".getBytes(StandardCharsets.UTF_8));
        assertThat(supersede(first, "policy-v3.txt", "version 3".getBytes(StandardCharsets.UTF_8)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(http().exchange("/api/evidence/" + first, HttpMethod.DELETE, null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http().getForEntity("/api/evidence/" + first, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private TestRestTemplate http() {
        return rest.withBasicAuth("risk-owner", "demo");
    }

    private ResponseEntity<JsonNode> upload(String ownerType, String ownerId, String filename, byte[] content) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("ownerType", ownerType);
        form.add("ownerId", ownerId);
        form.add("file", named(filename, content));
        return post("/api/evidence", form);
    }

    private ResponseEntity<JsonNode> supersede(long id, String filename, byte[] content) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", named(filename, content));
        return post("/api/evidence/" + id + "/supersede", form);
    }

    private ResponseEntity<JsonNode> post(String url, LinkedMultiValueMap<String, Object> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http().postForEntity(url, new HttpEntity<>(form, headers), JsonNode.class);
    }

    private static ByteArrayResource named(String filename, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        };
    }
}
