package io.ismsflow.documents;

import io.ismsflow.evidence.EvidenceFile;
import io.ismsflow.evidence.EvidenceFiles;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The uploaded texts of a document's versions, by file id, so pages can show each version's file with its hash. */
@Component
class DocumentFiles {

    private final EvidenceFiles evidence;

    DocumentFiles(EvidenceFiles evidence) {
        this.evidence = evidence;
    }

    Map<Long, EvidenceFile> of(Document document) {
        return evidence.of(DocumentRegister.DOCUMENT, String.valueOf(document.getId())).stream()
                .collect(Collectors.toMap(EvidenceFile::getId, Function.identity()));
    }
}
