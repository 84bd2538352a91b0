package io.ismsflow.documents;

import io.ismsflow.soa.ControlReferences;
import io.ismsflow.web.Labels;
import java.util.List;
import org.springframework.stereotype.Component;

/** The policies and procedures that implement a control (control 5.1's evidence is the policy set). */
@Component
class DocumentControlReferences implements ControlReferences {

    private final DocumentRegister register;
    private final Labels labels;

    DocumentControlReferences(DocumentRegister register, Labels labels) {
        this.register = register;
        this.labels = labels;
    }

    @Override
    public List<Reference> referencesTo(String controlId) {
        return register.implementing(controlId).stream()
                .map(document -> new Reference(labels.of(document.getType()), document.getCode() + " " + document.getTitle(),
                        "/documents/" + document.getId(), labels.of(document.getStatus())
                        + (document.getCurrentVersion() == null ? "" : ", v" + document.getCurrentVersion())))
                .toList();
    }
}
