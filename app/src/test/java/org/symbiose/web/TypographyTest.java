package org.symbiose.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class TypographyTest {

    final Typography typography = new Typography();

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void writesFrenchNumbersWithNarrowSpacesAndDecimalComma() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(typography.number(new BigDecimal("1234.5"))).isEqualTo("1\u202f234,5");
        assertThat(typography.number(new BigDecimal("35.9"))).isEqualTo("35,9");
        assertThat(typography.euros(new BigDecimal("98000"))).isEqualTo("98\u202f000\u00a0€");
    }

    @Test
    void writesFrenchDates() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(typography.date(LocalDate.of(2026, 11, 28))).isEqualTo("28 novembre 2026");
    }

    @Test
    void writesEnglishNumbers() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(typography.number(new BigDecimal("1234.5"))).isEqualTo("1,234.5");
    }

    @Test
    void cutsTextAtBoldMarkup() {
        assertThat(typography.segments("L'**ADETO** a été créée"))
                .containsExactly(
                        new Typography.Segment("L'", false),
                        new Typography.Segment("ADETO", true),
                        new Typography.Segment(" a été créée", false));
        assertThat(typography.segments("sans gras")).containsExactly(new Typography.Segment("sans gras", false));
    }
}
