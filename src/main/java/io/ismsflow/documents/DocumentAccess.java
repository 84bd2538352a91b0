package io.ismsflow.documents;

import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.web.RefusedException;
import java.io.IOException;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Who may revise a document or start its review: its owner, or an ISMS manager. */
@Component
class DocumentAccess {

    boolean mayRevise(Document document, CurrentUser user) {
        return user.name().equals(document.getOwner()) || user.groups().contains(Groups.ISMS_MANAGERS);
    }

    void requireOwnerOrManager(Document document, CurrentUser user) {
        if (!mayRevise(document, user)) {
            throw new RefusedException(document.getCode() + " is revised and put up for review by its owner or an ISMS manager");
        }
    }

    /** An uploaded text, if a file was sent. */
    static Optional<TextFile> text(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? Optional.empty() : Optional.of(new TextFile(file.getOriginalFilename(), file.getBytes()));
    }
}
