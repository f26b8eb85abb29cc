package org.symbiose.flows;

import java.math.BigDecimal;
import java.util.Locale;

/** A saved flow as the grid shows it: its values as typed back into the cells, and its reading. */
record GridRow(Flow flow, FlowRowForm values, FlowReading.Reading reading) {

    /** The cells' values: numbers with a decimal comma in French, codes for the lists. */
    static FlowRowForm values(Flow f, Locale locale) {
        return new FlowRowForm(
                f.direction().name(),
                f.label(),
                f.category() == null ? "" : f.category().name(),
                f.ewc() == null ? "" : f.ewc(),
                number(f.quantity(), locale),
                f.unit() == null ? "" : f.unit().name(),
                f.period().name(),
                number(f.temperatureC(), locale),
                f.hazardous() == null ? "" : f.hazardous().toString(),
                f.availableFrom() == null ? "" : f.availableFrom().toString(),
                f.availableTo() == null ? "" : f.availableTo().toString(),
                f.notes() == null ? "" : f.notes(),
                String.valueOf(f.version()));
    }

    private static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }
}
