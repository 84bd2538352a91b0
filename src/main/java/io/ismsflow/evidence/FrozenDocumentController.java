package io.ismsflow.evidence;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Frozen documents", description = "Documented information frozen when approved: HTML and PDF with their SHA-256")
@RestController
@RequestMapping("/api/frozen-documents")
class FrozenDocumentController {

    private final FrozenDocuments documents;

    FrozenDocumentController(FrozenDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/{id}")
    FrozenDocument document(@PathVariable long id) {
        return documents.get(id);
    }

    /** The HTML as frozen, shown in the browser but sandboxed: it runs no script and reaches nothing. */
    @GetMapping("/{id}/html")
    ResponseEntity<byte[]> html(@PathVariable long id) {
        FrozenDocument document = documents.get(id);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'")
                .header("X-Checksum-SHA256", document.htmlSha256())
                .body(documents.html(id));
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        FrozenDocument document = documents.get(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.kind() + "-" + document.reference() + ".pdf").build().toString())
                .header("X-Checksum-SHA256", document.pdfSha256())
                .body(documents.pdf(id));
    }
}
