package org.symbiose.dashboards;

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
        String name = DashboardCsv.fileName(scope, table, locale, messages);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(DashboardCsv.of(table, locale, messages));
    }
}
