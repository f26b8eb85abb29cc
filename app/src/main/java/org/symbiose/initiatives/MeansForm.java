package org.symbiose.initiatives;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.validation.Errors;

/**
 * Human and financial means: FTE, budget, funding and how the initiative will last.
 *
 * @param fte full-time equivalents as written ("0,65")
 * @param budgetEur budget in euros as written ("98 000")
 */
record MeansForm(
        @WrittenNumber(integer = 6, fraction = 2, message = "{edit.error.fte}")
        String fte,

        @Size(max = 500, message = "{edit.error.fteText.size}")
        String fteText,

        @WrittenNumber(fraction = 2, message = "{edit.error.budget}")
        String budgetEur,

        @Size(max = 500, message = "{edit.error.budgetText.size}")
        String budgetText,

        @Size(max = 20000, message = "{edit.error.fundingText.size}")
        String fundingText,

        @Valid List<FundingRow> fundingLines,

        @Size(max = 20000, message = "{edit.error.sustainability.size}")
        String sustainabilityModel,

        @Size(max = 20000, message = "{edit.error.otherNotes.size}")
        String otherNotes)
        implements SheetForm {

    /**
     * One funder.
     *
     * @param amountEur euros as written
     * @param sharePct percent of the budget, 0 to 100
     */
    record FundingRow(
            @Size(max = 300, message = "{edit.error.funder.size}")
            String funder,

            @WrittenNumber(fraction = 2, message = "{edit.error.funding.amount}")
            String amountEur,

            @WrittenNumber(max = "100", integer = 3, fraction = 2, message = "{edit.error.funding.share}")
            String sharePct) {

        static final FundingRow BLANK = new FundingRow("", "", "");

        boolean isBlank() {
            return FormValues.allBlank(funder, amountEur, sharePct);
        }
    }

    MeansForm {
        fundingLines = FormValues.rows(fundingLines, FundingRow.BLANK);
    }

    static MeansForm of(Initiative initiative, Locale locale) {
        Means means = initiative.means();
        List<FundingRow> rows = means.fundingLines().stream()
                .map(l -> new FundingRow(
                        l.funder(), FormValues.format(l.amountEur(), locale), FormValues.format(l.sharePct(), locale)))
                .toList();
        return new MeansForm(
                FormValues.format(means.fte(), locale),
                Objects.toString(means.fteText(), ""),
                FormValues.format(means.budgetEur(), locale),
                Objects.toString(means.budgetText(), ""),
                Objects.toString(means.fundingText(), ""),
                FormValues.withBlankRows(rows, FundingRow.BLANK),
                Objects.toString(means.sustainabilityModel(), ""),
                Objects.toString(means.otherNotes(), ""));
    }

    @Override
    public void check(Errors errors) {
        BigDecimal shares = BigDecimal.ZERO;
        for (int i = 0; i < fundingLines.size(); i++) {
            FundingRow row = fundingLines.get(i);
            if (!row.isBlank()) {
                FormValues.requireInRow(
                        errors, "fundingLines[" + i + "].funder", row.funder(), "edit.error.funder.required");
                BigDecimal share = FormValues.numberOrNull(row.sharePct());
                shares = share == null ? shares : shares.add(share);
            }
        }
        if (shares.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.rejectValue("fundingLines", "edit.error.funding.sharesOver100");
        }
    }

    @Override
    public Initiative applyTo(Initiative initiative) {
        List<FundingLine> lines = FormValues.filled(fundingLines, FundingRow::isBlank).stream()
                .map(row -> new FundingLine(
                        row.funder(), FormValues.number(row.amountEur()), FormValues.number(row.sharePct())))
                .toList();
        return initiative.reviseMeans(new Means(
                FormValues.number(fte),
                fteText,
                FormValues.number(budgetEur),
                budgetText,
                fundingText,
                lines,
                sustainabilityModel,
                otherNotes));
    }
}
