package org.symbiose.synergies;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.symbiose.ids.CompanyId;
import org.symbiose.web.Typography;

/**
 * Quantities and history lines in the reader's language, for the synergy pages
 * ({@code ${@synergyTexts.quantity(q)}}): "12,5 t par an", "statut : en perspective → en cours".
 */
@Component("synergyTexts")
public class SynergyTexts {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MessageSource messages;
    private final Typography typography;

    SynergyTexts(MessageSource messages, Typography typography) {
        this.messages = messages;
        this.typography = typography;
    }

    /** One line of the history as a reader sees it. */
    public record Line(String when, String actor, String what) {}

    public String quantity(SynergyQuantity quantity) {
        if (quantity == null) {
            return "";
        }
        return typography.number(quantity.value()) + "\u00a0" + quantity.unit().symbol() + " "
                + message("synergies.period." + quantity.period().name());
    }

    /** @param names the initiative's companies' names by id, archived ones too: who took part */
    public List<Line> history(List<SynergyChange> changes, Map<CompanyId, String> names) {
        return changes.stream()
                .map(c -> new Line(when(c.happenedAt()), c.actor(), what(c, names)))
                .toList();
    }

    private String when(Instant at) {
        var local = at.atZone(PARIS);
        return typography.date(local.toLocalDate()) + " " + local.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    private String what(SynergyChange change, Map<CompanyId, String> names) {
        String field = change.field().name();
        return switch (change.field()) {
            case CREATED_FROM_PROPOSAL, CREATED_BY_HAND -> message("synergies.history." + field);
            case ABANDON_REASON -> message("synergies.history.ABANDON_REASON", change.to());
            default ->
                message(
                        "synergies.history.change",
                        message("synergies.history." + field),
                        value(change.field(), change.from(), names),
                        value(change.field(), change.to(), names));
        };
    }

    private String value(SynergyChange.Field field, String text, Map<CompanyId, String> names) {
        if (text == null || text.isEmpty()) {
            return "—";
        }
        return switch (field) {
            case STATUS -> message("synergies.status." + text);
            case PLANNED, MEASURED -> quantity(SynergyHistory.quantity(text));
            case STARTED_ON, ENDS_ON -> typography.date(LocalDate.parse(text));
            case PARTICIPANT -> participant(text, names);
            case FLOW -> message("synergies.history.quoted", text.substring(text.indexOf(' ') + 1));
            default -> message("synergies.history.quoted", text);
        };
    }

    /** "12 SUPPLIER" as "Menuiserie du Var (fournisseur)". */
    private String participant(String text, Map<CompanyId, String> names) {
        String[] parts = text.split(" ", 2);
        return message(
                "synergies.history.participant",
                names.getOrDefault(new CompanyId(Long.parseLong(parts[0])), "#" + parts[0]),
                message("synergies.role." + parts[1]));
    }

    private String message(String code, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, arguments, locale);
    }
}
