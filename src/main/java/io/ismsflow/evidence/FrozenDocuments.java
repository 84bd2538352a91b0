package io.ismsflow.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

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
    private final PdfRenderer pdf;
    private final SpringTemplateEngine templates;
    private final ApplicationContext application;
    private final ConversionService conversion;
    private final Clock clock;

    FrozenDocuments(FrozenDocumentRepository documents, EvidenceStore store, PdfRenderer pdf, SpringTemplateEngine templates,
                    ApplicationContext application, ConversionService mvcConversionService, Clock clock) {
        this.documents = documents;
        this.store = store;
        this.pdf = pdf;
        this.templates = templates;
        this.application = application;
        this.conversion = mvcConversionService;
        this.clock = clock;
    }

    /**
     * @param template the Thymeleaf template that renders the record (a whole page, printable)
     * @param model what the template reads
     */
    public FrozenDocument freeze(String kind, String reference, String title, String template, Map<String, Object> model, String frozenBy) {
        return documents.findByKindAndReference(kind, reference).orElseGet(() -> {
            String html = render(template, model);
            byte[] htmlBytes = html.getBytes(StandardCharsets.UTF_8);
            byte[] pdfBytes = pdf.pdfOf(html);
            return documents.save(new FrozenDocument(null, kind, reference, title, store.put(htmlBytes), EvidenceFiles.sha256(htmlBytes),
                    store.put(pdfBytes), EvidenceFiles.sha256(pdfBytes), pdfBytes.length, frozenBy, clock.instant()));
        });
    }

    @Transactional(readOnly = true)
    public FrozenDocument get(long id) {
        return documents.findById(id).orElseThrow(() -> new NoSuchElementException("Frozen document " + id + " does not exist"));
    }

    @Transactional(readOnly = true)
    public byte[] html(long id) {
        return store.get(get(id).htmlKey());
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long id) {
        return store.get(get(id).pdfKey());
    }

    private String render(String template, Map<String, Object> model) {
        Context context = new Context();
        context.setVariables(model);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, conversion));
        return templates.process(template, context);
    }
}
