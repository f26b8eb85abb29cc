package org.symbiose.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a Thymeleaf template to PDF with openhtmltopdf. The DejaVu Sans fonts shipped in
 * {@code /fonts} are embedded, so accents, « », € and narrow no-break spaces print everywhere.
 */
@Component
class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    /**
     * Renderings at once: one per core. A rendering is CPU-bound (about a core for a few hundred
     * milliseconds per sheet), so more at once only makes each slower and starves the pages.
     */
    static final int SLOTS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** How long a request waits for a slot before it is answered 503 with a Retry-After. */
    static final Duration WAIT = Duration.ofSeconds(20);

    /** Requests waiting for a slot beyond which the next is answered 503 at once (a bounded queue). */
    static final int MAX_WAITING = 4 * SLOTS;

    private final Semaphore slots = new Semaphore(SLOTS, true);
    private final ITemplateEngine templates;
    private final ApplicationContext application;

    PdfRenderer(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    /**
     * Renders once a slot is free. Callers hold no database connection here: everything the template
     * shows is in the model, read before.
     *
     * @throws RenderingBusyException when no slot freed up within {@link #WAIT}
     */
    byte[] render(String template, Map<String, Object> model, Locale locale) {
        if (slots.getQueueLength() >= MAX_WAITING) {
            throw new RenderingBusyException(template);
        }
        try {
            if (!slots.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new RenderingBusyException(template);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderingBusyException(template);
        }
        try {
            return renderNow(template, model, locale);
        } finally {
            slots.release();
        }
    }

    private byte[] renderNow(String template, Map<String, Object> model, Locale locale) {
        var context = new Context(locale, model);
        // Lets templates call beans (@typography...) as they do when rendering web pages.
        context.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        String html = templates.process(template, context);
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        inlineStylesheets(page);
        org.w3c.dom.Document document = new W3CDom().fromJsoup(page);
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            font(builder, "fonts/DejaVuSans.ttf", 400, FontStyle.NORMAL);
            font(builder, "fonts/DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "fonts/DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            builder.withW3cDocument(document, "classpath:/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering of " + template + " failed", e);
        }
        return out.toByteArray();
    }

    /**
     * The web page and the PDF link the same stylesheet from {@code static/css}; the browser fetches
     * it (no inline style, for the Content-Security-Policy), the PDF gets it inlined here.
     */
    private static void inlineStylesheets(org.jsoup.nodes.Document page) {
        for (Element link : page.select("link[rel=stylesheet][href^=/css/]")) {
            String path = "static" + link.attr("href");
            try (InputStream in = new ClassPathResource(path).getInputStream()) {
                link.after(new Element("style")
                        .appendChild(new DataNode(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
                link.remove();
            } catch (IOException e) {
                throw new UncheckedIOException("missing stylesheet " + path, e);
            }
        }
    }

    private static void font(PdfRendererBuilder builder, String path, int weight, FontStyle style) {
        builder.useFont(
                () -> {
                    try {
                        InputStream in = new ClassPathResource(path).getInputStream();
                        return in;
                    } catch (IOException e) {
                        throw new UncheckedIOException("missing font " + path, e);
                    }
                },
                FONT_FAMILY,
                weight,
                style,
                true);
    }
}
