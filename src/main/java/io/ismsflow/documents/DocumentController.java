package io.ismsflow.documents;

import io.ismsflow.security.CurrentUser;
import io.ismsflow.trail.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Policies and procedures", description = "The document register (5.2, 7.5): documents, versions, reviews and approvals")
@RestController
@RequestMapping("/api/documents")
class DocumentController {

    private final DocumentRegister register;
    private final DocumentReviews reviews;
    private final DocumentAccess access;

    DocumentController(DocumentRegister register, DocumentReviews reviews, DocumentAccess access) {
        this.register = register;
        this.reviews = reviews;
        this.access = access;
    }

    @GetMapping
    List<Document> documents() {
        return register.all();
    }

    @GetMapping("/{id}")
    Document document(@PathVariable long id) {
        return register.get(id);
    }

    @GetMapping("/{id}/reviews")
    List<DocumentReview> reviewsOf(@PathVariable long id) {
        register.get(id);
        return register.reviewsOf(id);
    }

    /** Records a document whose first version's text is a link; upload a file as a revision of its draft. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Document> record(@Valid @RequestBody DocumentDraft draft, Principal principal) {
        Document document = register.record(draft, Optional.empty(), Actor.of(principal));
        return ResponseEntity.created(URI.create("/api/documents/" + document.getId())).body(document);
    }

    @PutMapping("/{id}")
    Document edit(@PathVariable long id, @Validated(DocumentDraft.OnUpdate.class) @RequestBody DocumentDraft draft, Principal principal) {
        return register.edit(id, draft, Actor.of(principal));
    }

    /** A new draft version: the change summary, and the text as a file part or a link. By the owner or an ISMS manager. */
    @PostMapping(path = "/{id}/revisions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Document draftRevision(@PathVariable long id, @RequestPart("revision") @Valid Revision revision,
                           @RequestPart(name = "file", required = false) MultipartFile file, Authentication authentication) throws IOException {
        access.requireOwnerOrManager(register.get(id), CurrentUser.of(authentication));
        return register.draftRevision(id, revision, DocumentAccess.text(file), Actor.of(authentication));
    }

    /** Starts the document review at once; the daily scan starts it when the next review date comes. */
    @PostMapping("/{id}/reviews")
    ResponseEntity<Map<String, String>> startReview(@PathVariable long id, Authentication authentication) {
        access.requireOwnerOrManager(register.get(id), CurrentUser.of(authentication));
        reviews.start(id, authentication.getName());
        return ResponseEntity.accepted().body(Map.of("status", "review started"));
    }

    @PostMapping("/{id}/retire")
    Document retire(@PathVariable long id, Principal principal) {
        return register.retire(id, Actor.of(principal));
    }
}
