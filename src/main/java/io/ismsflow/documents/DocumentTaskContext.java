package io.ismsflow.documents;

import io.ismsflow.tasks.TaskContext;
import io.ismsflow.tasks.UserTask;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The panel next to a document review's tasks: the document, its versions with their texts, the earlier rounds of
 * the review; on "Review document", where to upload the revised text (files never go into the form).
 */
@Component
class DocumentTaskContext implements TaskContext {

    private final DocumentRegister register;
    private final DocumentFiles files;

    DocumentTaskContext(DocumentRegister register, DocumentFiles files) {
        this.register = register;
        this.files = files;
    }

    @Override
    public Optional<Panel> panelFor(UserTask task, Map<String, Object> variables) {
        return TaskContext.idIn(variables, "documentId").filter(register::exists).map(id -> {
            Document document = register.get(id);
            Map<String, Object> model = new HashMap<>(Map.of(
                    "document", document,
                    "files", files.of(document),
                    "reviews", register.reviewsOf(id).stream().limit(4).toList(),
                    "mayRevise", "review-document".equals(task.elementId()),
                    "back", "/tasks/" + task.key()));
            return new Panel(document.getCode() + " " + document.getTitle(), "/documents/" + id, "document-panel :: panel", model);
        });
    }
}
