package org.symbiose.dashboards;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One table of a dashboard downloaded as CSV ({@link DashboardCsv}), from the page ({@code ?download=})
 * and from the API ({@code .../dashboard/{table}.csv}) alike: an attachment named after the scope and
 * the table, in the reader's language.
 */
final class DashboardDownload {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private DashboardDownload() {}

    /** The chart of that name, empty for a name no chart has. */
    static Optional<ChartTable> table(Dashboard dashboard, String name) {
        if (name == null || !ChartTable.NAMES.contains(name)) {
            return Optional.empty();
        }
        return ChartTable.of(dashboard).stream()
                .filter(t -> t.name().equals(name))
                .findFirst();
    }

    /**
     * @param scope the initiative's slug, or the network's word in the reader's language, for the file name
     */
    static ResponseEntity<byte[]> csv(ChartTable table, String scope, Locale locale, MessageSource messages) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(table, scope, locale, messages))
                .body(DashboardCsv.of(table, locale, messages));
    }

    /** The same answer written by a page's handler, which renders its view otherwise. */
    static void write(
            ChartTable table, String scope, Locale locale, MessageSource messages, HttpServletResponse response)
            throws IOException {
        byte[] body = DashboardCsv.of(table, locale, messages);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(table, scope, locale, messages));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String disposition(ChartTable table, String scope, Locale locale, MessageSource messages) {
        String name = DashboardCsv.fileName(scope, table, locale, messages);
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
