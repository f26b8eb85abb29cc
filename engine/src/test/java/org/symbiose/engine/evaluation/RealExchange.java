package org.symbiose.engine.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One documented exchange of {@code evaluation/exchanges.csv}: a supplier's resource that a receiver uses.
 *
 * @param supplyEwc null when the row gives none
 * @param supplyTemperatureC null when the row gives none
 * @param receiverNeed the receiver's need as it would state it, null when it states none (the receiver must
 *     then be found through its activity: a prospective match)
 */
record RealExchange(
        String id,
        String park,
        String country,
        String supplierActivity,
        String supplierNace,
        String supplyLabel,
        String supplyEwc,
        String supplyCategory,
        Double supplyTemperatureC,
        String receiverActivity,
        String receiverNace,
        String receiverNeed,
        String source) {

    static final String RESOURCE = "/evaluation/exchanges.csv";

    static final List<String> COLUMNS = List.of(
            "id",
            "park",
            "country",
            "supplier_activity",
            "supplier_nace",
            "supply_label",
            "supply_ewc",
            "supply_category",
            "supply_temperature_c",
            "receiver_activity",
            "receiver_nace",
            "receiver_need_label",
            "source");

    /** Every fifth exchange by number is kept aside, so the matcher is not tuned on what measures it. */
    boolean holdout() {
        return number() % 5 == 0;
    }

    boolean declaredNeed() {
        return receiverNeed != null;
    }

    int number() {
        return Integer.parseInt(id.replaceAll("\\D", ""));
    }

    ResourceGroup group() {
        return ResourceGroup.of(this);
    }

    static List<RealExchange> load() {
        InputStream in = RealExchange.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            if (!parser.getHeaderNames().equals(COLUMNS)) {
                throw new IllegalStateException("unexpected columns " + parser.getHeaderNames());
            }
            List<RealExchange> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(new RealExchange(
                        r.get("id"),
                        r.get("park"),
                        r.get("country"),
                        r.get("supplier_activity"),
                        r.get("supplier_nace"),
                        r.get("supply_label"),
                        blankToNull(r.get("supply_ewc")),
                        r.get("supply_category"),
                        blankToNull(r.get("supply_temperature_c")) == null
                                ? null
                                : Double.valueOf(r.get("supply_temperature_c")),
                        r.get("receiver_activity"),
                        r.get("receiver_nace"),
                        blankToNull(r.get("receiver_need_label")),
                        r.get("source")));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
