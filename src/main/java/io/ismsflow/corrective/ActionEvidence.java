package io.ismsflow.corrective;

import io.ismsflow.evidence.EvidenceFile;
import io.ismsflow.evidence.EvidenceFiles;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The evidence a corrective action is done with (10.2 g): a reference its owner gives, the files added beside its task, or both. */
@Component
class ActionEvidence {

    /** The evidence store's name for the records files belong to. */
    static final String OWNER = "corrective-action";

    private final EvidenceFiles evidence;

    ActionEvidence(EvidenceFiles evidence) {
        this.evidence = evidence;
    }

    List<EvidenceFile> filesOf(long actionId) {
        return evidence.of(OWNER, String.valueOf(actionId));
    }

    /** The reference given, else the names of the files added; empty when there is no evidence at all. */
    Optional<String> of(long actionId, String reference) {
        if (reference != null && !reference.isBlank()) {
            return Optional.of(reference.trim());
        }
        List<EvidenceFile> files = filesOf(actionId);
        return files.isEmpty() ? Optional.empty()
                : Optional.of("Evidence files: " + files.stream().map(EvidenceFile::getFilename).collect(Collectors.joining(", ")));
    }
}
