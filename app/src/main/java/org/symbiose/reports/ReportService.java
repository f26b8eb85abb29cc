package org.symbiose.reports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.symbiose.impacts.FiguresService;
import org.symbiose.initiatives.Initiative;
import org.symbiose.network.NetworkRepository;

/**
 * Produces the sheet and compendium PDFs from the same fragments as the web sheet. The data is read
 * first (no connection is held while rendering), renderings are bounded ({@link PdfRenderer}), and
 * what was rendered is kept by what it shows ({@link RenderedPdfs}): a published sheet is rendered
 * once per version and language, not once per download.
 */
@Service
public class ReportService {

    private final ExperienceSheetService sheets;
    private final NetworkRepository network;
    private final PdfRenderer renderer;
    private final FiguresService figures;
    private final RenderedPdfs rendered = new RenderedPdfs();

    ReportService(
            ExperienceSheetService sheets, NetworkRepository network, PdfRenderer renderer, FiguresService figures) {
        this.sheets = sheets;
        this.network = network;
        this.renderer = renderer;
        this.figures = figures;
    }

    public byte[] sheetPdf(String slug, Locale locale) {
        Initiative initiative = sheets.getReadable(slug);
        if (!initiative.published()) {
            return renderSheet(initiative, locale);
        }
        var key = key("sheet", List.of(initiative), locale);
        return rendered.get(key, () -> renderSheet(initiative, locale));
    }

    /** The compendium: cover, table of contents with page numbers, one sheet per readable initiative. */
    public byte[] compendiumPdf(Locale locale) {
        List<Initiative> readable = sheets.listReadableInitiatives();
        return rendered.get(key("compendium", readable, locale), () -> {
            List<ExperienceSheet> all = readable.stream().map(sheets::sheetOf).toList();
            return renderer.render("reports/compendium-pdf", Map.of("sheets", all, "network", network.get()), locale);
        });
    }

    private byte[] renderSheet(Initiative initiative, Locale locale) {
        ExperienceSheet sheet = sheets.sheetOf(initiative);
        return renderer.render("reports/sheet-pdf", Map.of("sheet", sheet, "network", network.get()), locale);
    }

    private RenderedPdfs.Key key(String template, List<Initiative> shown, Locale locale) {
        // The generation is read before the data: a change while rendering gives a key never asked again.
        return new RenderedPdfs.Key(
                template,
                shown.stream()
                        .map(i -> new RenderedPdfs.Shown(i.id(), i.version()))
                        .toList(),
                locale.toLanguageTag(),
                figures.generation());
    }
}
