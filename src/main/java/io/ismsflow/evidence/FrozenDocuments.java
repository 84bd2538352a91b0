package io.ismsflow.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one renderer of frozen documented information (DESIGN, "Frozen documented information"): a record is rendered
 * once from one Thymeleaf template to HTML and, from that HTML, to PDF; both go to the evidence store with their
 * SHA-256 and are never changed. Freezing the same kind and reference again returns what was frozen the first time.
 */
@Service
@Transactional
public class FrozenDocuments {

    private final FrozenDocumentRepository documents;
    private final EvidenceStore store;
    private final PrintedPages printer;
    private final Clock clock;

    FrozenDocuments(FrozenDocumentRepository documents, EvidenceStore store, PrintedPages printer, Clock clock) {
        this.documents = documents;
        this.store = store;
        this.printer = printer;
        this.clock = clock;
    }

    /**
     * @param template the Thymeleaf template that renders the record (a whole page, printable)
     * @param model what the template reads
     */
    public FrozenDocument freeze(String kind, String reference, String title, String template, Map<String, Object> model, String frozenBy) {
        return documents.findByKindAndReference(kind, reference).orElseGet(() -> {
            String html = printer.html(template, model);
            byte[] htmlBytes = html.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            printer.pdf(html, pdf);
            byte[] pdfBytes = pdf.toByteArray();
            return documents.save(new FrozenDocument(null, kind, reference, title, store.put(htmlBytes), EvidenceFiles.sha256(htmlBytes),
                    store.put(pdfBytes), EvidenceFiles.sha256(pdfBytes), pdfBytes.length, frozenBy, clock.instant()));
        });
    }

    @Transactional(readOnly = true)
    public FrozenDocument get(long id) {
        return documents.findById(id).orElseThrow(() -> new NoSuchElementException("Frozen document " + id + " does not exist"));
    }

    /** Everything frozen in [from, to), oldest first. */
    @Transactional(readOnly = true)
    public List<FrozenDocument> frozenBetween(Instant from, Instant to) {
        return documents.findByFrozenAtGreaterThanEqualAndFrozenAtLessThanOrderById(from, to);
    }

    /** The newest document of its kind frozen before the instant: e.g. the SoA version in force then. */
    @Transactional(readOnly = true)
    public Optional<FrozenDocument> inForceAt(String kind, Instant at) {
        return documents.findFirstByKindAndFrozenAtLessThanOrderByFrozenAtDesc(kind, at);
    }

    @Transactional(readOnly = true)
    public byte[] html(long id) {
        return store.get(get(id).htmlKey());
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long id) {
        return store.get(get(id).pdfKey());
    }
}
