package org.symbiose.purchasing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;
import org.symbiose.collective.ActionForm;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.PurchaseId;
import org.symbiose.web.WrittenDate;

/**
 * The group-purchase form as typed: every field a text, so that a wrong date, number or unit comes
 * back as a message naming the field rather than a binding failure.
 *
 * @param launchedOn "2024-03-12" as a date input sends it, or "12/03/2024" as a person types it
 * @param volume the volume bought by the whole operation, "1 200,5" or "1200.5", blank when not said
 * @param volumeUnit an engine {@link Unit} name, blank without a volume
 * @param volumePeriod an engine {@link Period} name
 * @param savings euros per year for all participants together, blank when not said
 * @param participants ids of the participating companies, checked against the initiative's by the controller
 */
record PurchaseForm(
        @NotBlank(message = "{purchases.error.title.required}")
        @Size(max = 300, message = "{purchases.error.title.size}")
        String title,

        @NotBlank(message = "{purchases.error.category.required}")
        String category,

        @NotBlank(message = "{purchases.error.launchedOn.required}")
        String launchedOn,

        @Size(max = 20000, message = "{purchases.error.notes.size}")
        String notes,

        String volume,
        String volumeUnit,
        String volumePeriod,
        String savings,
        List<Long> participants)
        implements ActionForm<PurchaseId, GroupPurchase> {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]");
    /** What the columns hold: numeric(18, 4) for a volume, numeric(14, 2) for euros. */
    private static final Pattern VOLUME = Pattern.compile("\\d{1,14}([.,]\\d{1,4})?");

    private static final Pattern EUROS = Pattern.compile("\\d{1,12}([.,]\\d{1,2})?");

    PurchaseForm {
        participants = participants == null
                ? List.of()
                : List.copyOf(participants.stream().distinct().toList());
    }

    static PurchaseForm blank() {
        return new PurchaseForm("", PurchaseCategory.PPE.name(), "", "", "", "", Period.YEAR.name(), "", List.of());
    }

    static PurchaseForm of(GroupPurchase purchase) {
        PurchaseVolume v = purchase.volume();
        return new PurchaseForm(
                purchase.title(),
                purchase.category().name(),
                purchase.launchedOn().toString(),
                purchase.notes() == null ? "" : purchase.notes(),
                v == null ? "" : v.value().stripTrailingZeros().toPlainString(),
                v == null ? "" : v.unit().name(),
                v == null ? Period.YEAR.name() : v.period().name(),
                purchase.savingsEur() == null
                        ? ""
                        : purchase.savingsEur().stripTrailingZeros().toPlainString(),
                purchase.participantCompanyIds().stream().map(CompanyId::value).toList());
    }

    /** The checks Bean Validation cannot make: a known category, a real date, numbers, a unit with a volume. */
    @Override
    public void check(Errors errors) {
        if (!errors.hasFieldErrors("category") && named(PurchaseCategory.values(), category) == null) {
            errors.rejectValue("category", "purchases.error.category.unknown");
        }
        if (!errors.hasFieldErrors("launchedOn") && WrittenDate.parse(launchedOn) == null) {
            errors.rejectValue(
                    "launchedOn", "purchases.error.launchedOn.invalid", new Object[] {launchedOn.strip()}, null);
        }
        if (!blank(volume) && amount(volume, VOLUME) == null) {
            errors.rejectValue("volume", "purchases.error.volume.invalid", new Object[] {volume.strip()}, null);
        }
        if (!blank(volume) && named(Unit.values(), volumeUnit) == null) {
            errors.rejectValue("volumeUnit", "purchases.error.volume.unit");
        }
        if (!blank(volume) && named(Period.values(), volumePeriod) == null) {
            errors.rejectValue("volumePeriod", "purchases.error.volume.period");
        }
        if (blank(volume) && !blank(volumeUnit)) {
            errors.rejectValue("volume", "purchases.error.volume.missing");
        }
        if (!blank(savings) && amount(savings, EUROS) == null) {
            errors.rejectValue("savings", "purchases.error.savings.invalid", new Object[] {savings.strip()}, null);
        }
    }

    @Override
    public List<Long> companyIds() {
        return participants;
    }

    /** The operation this valid form describes. */
    @Override
    public GroupPurchase toAction(PurchaseId id, InitiativeId initiativeId) {
        PurchaseVolume bought = blank(volume)
                ? null
                : new PurchaseVolume(
                        amount(volume, VOLUME), named(Unit.values(), volumeUnit), named(Period.values(), volumePeriod));
        return new GroupPurchase(
                id,
                initiativeId,
                title.strip(),
                named(PurchaseCategory.values(), category),
                WrittenDate.parse(launchedOn),
                blank(notes) ? null : notes.strip(),
                bought,
                blank(savings) ? null : amount(savings, EUROS),
                participants.stream().map(CompanyId::new).toList());
    }

    private static <E extends Enum<E>> E named(E[] values, String name) {
        return Arrays.stream(values)
                .filter(v -> v.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** A positive amount as a French or English reader writes it ("1 200,5", "1200.5"), or null. */
    private static BigDecimal amount(String text, Pattern digits) {
        String s = SPACES.matcher(text).replaceAll("");
        return digits.matcher(s).matches() ? new BigDecimal(s.replace(',', '.')) : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
