package org.symbiose.reports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.symbiose.network.NetworkRepository;

/** Produces the sheet and compendium PDFs from the same fragments as the web sheet. */
@Service
public class ReportService {

    private final ExperienceSheetService sheets;
    private final NetworkRepository network;
    private final PdfRenderer renderer;

    ReportService(ExperienceSheetService sheets, NetworkRepository network, PdfRenderer renderer) {
        this.sheets = sheets;
        this.network = network;
        this.renderer = renderer;
    }

    public byte[] sheetPdf(String slug, Locale locale) {
        ExperienceSheet sheet = sheets.getBySlug(slug);
        return renderer.render("reports/sheet-pdf", Map.of("sheet", sheet, "network", network.get()), locale);
    }

    /** The compendium: cover, table of contents with page numbers, one sheet per readable initiative. */
    public byte[] compendiumPdf(Locale locale) {
        List<ExperienceSheet> all = sheets.listReadable();
        return renderer.render("reports/compendium-pdf", Map.of("sheets", all, "network", network.get()), locale);
    }
}
