package io.ismsflow.evidence;

import io.swagger.v3.oas.annotations.tags.Tag;
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
    private final FrozenDocumentResponses responses;

    FrozenDocumentController(FrozenDocuments documents, FrozenDocumentResponses responses) {
        this.documents = documents;
        this.responses = responses;
    }

    @GetMapping("/{id}")
    FrozenDocument document(@PathVariable long id) {
        return documents.get(id);
    }

    /** The HTML as frozen, shown in the browser but sandboxed: it runs no script and reaches nothing. */
    @GetMapping("/{id}/html")
    ResponseEntity<byte[]> html(@PathVariable long id) {
        return responses.html(id);
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return responses.pdf(id);
    }
}
