package org.symbiose.flows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.web.Typography;

/**
 * Writes out the history of flows in the reader's language: "Quantité : 12 t / an → 15 t / an". Times
 * are those of the region the platform serves (Europe/Paris).
 */
@Component
class FlowChanges {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final MessageSource messages;
    private final Typography typography;

    FlowChanges(MessageSource messages, Typography typography) {
        this.messages = messages;
        this.typography = typography;
    }

    /** One change as shown: who, when, what was done to which flow, and the fields changed. */
    record Shown(String who, String when, String what, List<String> lines) {}

    /** Labels of an import's flows named in its entry; the others are counted. */
    static final int LABELS_SHOWN = 20;

    /**
     * The history as shown, the latest first: each change, and one entry per import for the flows it
     * created ("a importé 3 flux du fichier « adeto.zip »", their labels below).
     */
    List<Shown> shown(FlowHistory history, Locale locale) {
        var entries = new ArrayList<Map.Entry<Instant, Shown>>();
        for (FlowChange c : history.changes()) {
            ImportRuns.ImportRun run =
                    c.importId() == null ? null : history.runs().get(c.importId());
            String what = message("flows.history." + c.action().name(), locale, c.flowLabel());
            if (run != null) {
                what = message("flows.history.byImport", locale, what, file(run, locale));
            }
            var lines = new ArrayList<String>();
            for (FlowChange.FieldChange f : c.changes()) {
                lines.add(message(
                        "flows.history.line",
                        locale,
                        message("flows.field." + f.field(), locale),
                        value(f.field(), f.before(), locale),
                        value(f.field(), f.after(), locale)));
            }
            entries.add(Map.entry(c.changedAt(), new Shown(c.displayName(), when(c.changedAt(), locale), what, lines)));
        }
        for (ImportedFlows imported : history.imported()) {
            ImportRuns.ImportRun run = imported.run();
            int count = imported.labels().size();
            String what = message(
                    count == 1 ? "flows.history.importedOne" : "flows.history.importedMany",
                    locale,
                    typography.number(BigDecimal.valueOf(count)),
                    file(run, locale));
            var lines = new ArrayList<String>(imported.labels().subList(0, Math.min(count, LABELS_SHOWN)));
            if (count > LABELS_SHOWN) {
                lines.add(message(
                        "flows.history.andMore", locale, typography.number(BigDecimal.valueOf(count - LABELS_SHOWN))));
            }
            entries.add(Map.entry(run.at(), new Shown(run.displayName(), when(run.at(), locale), what, lines)));
        }
        // Stable: changes read latest first stay in their order, an import's entry goes where its time puts it.
        entries.sort(Map.Entry.<Instant, Shown>comparingByKey().reversed());
        return entries.stream().map(Map.Entry::getValue).toList();
    }

    private String when(Instant instant, Locale locale) {
        ZonedDateTime at = instant.atZone(ZONE);
        return message(
                "flows.history.when",
                locale,
                typography.date(at.toLocalDate()),
                at.format(DateTimeFormatter.ofPattern("HH:mm")));
    }

    /** "fichier « adeto.zip »", or "un fichier" when the upload named none. */
    private String file(ImportRuns.ImportRun run, Locale locale) {
        return run.fileName() == null || run.fileName().isBlank()
                ? message("flows.history.unnamedFile", locale)
                : message("flows.history.file", locale, run.fileName());
    }

    private String value(String field, String stored, Locale locale) {
        if (stored.isEmpty()) {
            return message("flows.history.empty", locale);
        }
        try {
            return switch (field) {
                case "direction" -> message("flow.direction." + stored, locale);
                case "category" -> message("flow.category." + stored, locale);
                case "hazardous" -> message("flows.hazardous." + stored, locale);
                case "temperature" -> typography.number(new BigDecimal(stored)) + "\u00a0°C";
                case "availableFrom", "availableTo" -> typography.date(LocalDate.parse(stored));
                case "ewc" ->
                    stored.length() == 6
                            ? stored.substring(0, 2) + " " + stored.substring(2, 4) + " " + stored.substring(4)
                            : stored;
                case FlowFields.QUANTITY -> quantity(stored, locale);
                default -> stored;
            };
        } catch (RuntimeException unreadable) {
            // A value written by an older version of the platform: shown as stored.
            return stored;
        }
    }

    private String quantity(String stored, Locale locale) {
        String[] parts = stored.split(" ", -1);
        String number = typography.number(new BigDecimal(parts[0]));
        String unit =
                parts.length > 1 && !parts[1].isEmpty() ? Unit.valueOf(parts[1]).symbol() : "";
        String period =
                parts.length > 2 ? message("period." + Period.valueOf(parts[2]).name(), locale) : "";
        return message("flows.history.quantity", locale, number, unit, period).strip();
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
