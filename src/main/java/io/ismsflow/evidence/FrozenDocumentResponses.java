package io.ismsflow.evidence;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A frozen document as an HTTP response, for every endpoint that serves one (the document's own, an audit's report):
 * the bytes as frozen with their SHA-256 in {@code X-Checksum-SHA256}; the HTML sandboxed, so it runs no script and
 * reaches nothing.
 */
@Component
public class FrozenDocumentResponses {

    private final FrozenDocuments documents;

    FrozenDocumentResponses(FrozenDocuments documents) {
        this.documents = documents;
    }

    public ResponseEntity<byte[]> html(long id) {
        FrozenDocument document = documents.get(id);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'")
                .header("X-Checksum-SHA256", document.htmlSha256())
                .body(documents.html(id));
    }

    public ResponseEntity<byte[]> pdf(long id) {
        FrozenDocument document = documents.get(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.kind() + "-" + document.reference() + ".pdf").build().toString())
                .header("X-Checksum-SHA256", document.pdfSha256())
                .body(documents.pdf(id));
    }
}
