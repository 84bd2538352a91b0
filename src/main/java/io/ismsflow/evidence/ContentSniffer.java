package io.ismsflow.evidence;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Decides what an uploaded file is from its bytes (Apache Tika's magic numbers), never from the name or the
 * browser's content type, and takes it only if it is a kind of document evidence is kept as and its name's
 * extension agrees: an executable named policy.pdf is refused.
 */
@Component
class ContentSniffer {

    /** Kinds of evidence by what the bytes show, and the extensions a file of that kind may have. */
    private static final Map<String, Set<String>> KEPT = Map.of(
            "application/pdf", Set.of("pdf"),
            "image/png", Set.of("png"),
            "image/jpeg", Set.of("jpg", "jpeg"),
            "text/plain", Set.of("txt", "csv", "md", "log"),
            "application/zip", Set.of("docx", "xlsx", "pptx", "odt", "ods", "zip"),
            "application/x-tika-ooxml", Set.of("docx", "xlsx", "pptx"),
            "application/x-tika-msoffice", Set.of("doc", "xls", "ppt"));

    private final Tika tika = new Tika();

    SniffedType sniff(String filename, byte[] content) {
        String detected = tika.detect(content);
        int dot = filename.lastIndexOf('.');
        String extension = dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        Set<String> extensions = KEPT.get(detected);
        if (extensions == null) {
            throw new EvidenceRefusedException(415, "%s is %s, which is not a kind of document evidence is kept as (PDF, office documents, images, text)"
                    .formatted(filename, detected));
        }
        if (!extensions.contains(extension)) {
            throw new EvidenceRefusedException(415, "%s is %s, which its name does not say: rename it, or upload what it claims to be"
                    .formatted(filename, detected));
        }
        return new SniffedType(detected.startsWith("application/x-tika") ? "application/octet-stream" : detected);
    }
}
