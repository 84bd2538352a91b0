package io.ismsflow.evidence;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a printable Thymeleaf template to HTML outside a web request and that HTML to PDF (openhtmltopdf), so a PDF
 * says exactly what its print page says: frozen documents and the registers' PDF exports both print through here.
 */
@Component
public class PrintedPages {

    private final SpringTemplateEngine templates;
    private final ApplicationContext application;
    private final ConversionService conversion;

    PrintedPages(SpringTemplateEngine templates, ApplicationContext application, ConversionService mvcConversionService) {
        this.templates = templates;
        this.application = application;
        this.conversion = mvcConversionService;
    }

    /** @param template a whole page that prints (its own CSS, no scripts) */
    public String html(String template, Map<String, Object> model) {
        Context context = new Context();
        context.setVariables(model);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, conversion));
        return templates.process(template, context);
    }

    public void pdf(String html, OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "about:blank");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF", e);
        }
    }
}
