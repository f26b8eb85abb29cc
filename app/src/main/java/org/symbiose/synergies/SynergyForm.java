package org.symbiose.synergies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.web.WrittenDate;

/**
 * A synergy as typed in its form (creation by hand, or the edit of its follow-up): every field a text,
 * so that a wrong date, number or unit comes back as a message naming the field. The API fills the same
 * form, so that both say the same thing about the same mistake.
 *
 * @param participants "12:SUPPLIER": a company id and its role, one per participating company
 * @param flows ids of the linked flows, checked against the initiative's by the controller
 */
record SynergyForm(
        @NotBlank(message = "{synergies.error.title.required}")
        @Size(max = 300, message = "{synergies.error.title.size}")
        String title,

        @Size(max = 20000, message = "{synergies.error.description.size}")
        String description,

        String kind,
        String subType,

        @Size(max = 500, message = "{synergies.error.nextStep.size}")
        String nextStep,

        @Size(max = 200, message = "{synergies.error.nextStepOwner.size}")
        String nextStepOwner,

        String plannedValue,
        String plannedUnit,
        String plannedPeriod,
        String measuredValue,
        String measuredUnit,
        String measuredPeriod,
        String startedOn,
        String endsOn,

        @Size(max = 20000, message = "{synergies.error.notes.size}")
        String notes,

        List<String> participants,
        List<Long> flows) {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]");
    /** What the columns hold: numeric(18, 4). */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,14}([.,]\\d{1,4})?");

    private static final Pattern PARTICIPANT = Pattern.compile("([1-9]\\d{0,17}):(SUPPLIER|RECEIVER|PARTNER)");

    SynergyForm {
        participants = participants == null
                ? List.of()
                : participants.stream()
                        .filter(p -> p != null && !p.isBlank())
                        .distinct()
                        .toList();
        flows = flows == null ? List.of() : flows.stream().distinct().toList();
    }

    static SynergyForm blank() {
        return new SynergyForm(
                "",
                "",
                SynergyKind.SUBSTITUTION.name(),
                SynergySubType.MATERIAL.name(),
                "",
                "",
                "",
                "",
                Period.YEAR.name(),
                "",
                "",
                Period.YEAR.name(),
                "",
                "",
                "",
                List.of(),
                List.of());
    }

    static SynergyForm of(Synergy synergy, FollowUp followUp) {
        SynergyQuantity planned = followUp.planned();
        SynergyQuantity measured = SynergyEdit.measured(synergy);
        return new SynergyForm(
                synergy.title(),
                text(synergy.description()),
                synergy.kind().name(),
                synergy.subType().name(),
                text(followUp.nextStep()),
                text(followUp.nextStepOwner()),
                planned == null ? "" : plain(planned.value()),
                planned == null ? "" : planned.unit().name(),
                planned == null ? Period.YEAR.name() : planned.period().name(),
                measured == null ? "" : plain(measured.value()),
                measured == null ? "" : measured.unit().name(),
                measured == null ? Period.YEAR.name() : measured.period().name(),
                synergy.startedOn() == null ? "" : synergy.startedOn().toString(),
                followUp.endsOn() == null ? "" : followUp.endsOn().toString(),
                text(followUp.notes()),
                List.of(),
                synergy.flowIds().stream().map(FlowId::value).toList());
    }

    /** True when every participant reads as "id:ROLE" (a form can only send that: else it is forged). */
    boolean readable() {
        return participants.stream().allMatch(p -> PARTICIPANT.matcher(p).matches());
    }

    /** The checks Bean Validation cannot make; {@code creating} adds kind, sub-type and participants. */
    void check(Errors errors, boolean creating) {
        if (creating) {
            if (named(SynergyKind.values(), kind) == null) {
                errors.rejectValue("kind", "synergies.error.kind");
            }
            if (named(SynergySubType.values(), subType) == null) {
                errors.rejectValue("subType", "synergies.error.subType");
            }
            if (participants.isEmpty()) {
                errors.rejectValue("participants", "synergies.error.participants");
            }
        }
        quantity(errors, "planned", plannedValue, plannedUnit, plannedPeriod);
        quantity(errors, "measured", measuredValue, measuredUnit, measuredPeriod);
        date(errors, "startedOn", startedOn);
        date(errors, "endsOn", endsOn);
        LocalDate start = WrittenDate.parse(startedOn);
        LocalDate end = WrittenDate.parse(endsOn);
        if (start != null && end != null && end.isBefore(start) && !errors.hasFieldErrors("endsOn")) {
            errors.rejectValue("endsOn", "synergies.error.endsOn.beforeStart");
        }
    }

    /** The edit this valid form describes. */
    SynergyEdit toEdit() {
        return new SynergyEdit(
                title.strip(),
                optional(description),
                optional(nextStep),
                optional(nextStepOwner),
                quantity(plannedValue, plannedUnit, plannedPeriod),
                quantity(measuredValue, measuredUnit, measuredPeriod),
                WrittenDate.parse(startedOn),
                WrittenDate.parse(endsOn),
                optional(notes));
    }

    /** The new synergy this valid form describes, "en perspective" from {@code today}. */
    Synergy toDraft(InitiativeId initiativeId, LocalDate today) {
        return Synergy.identify(
                        initiativeId,
                        null,
                        title.strip(),
                        optional(description),
                        named(SynergyKind.values(), kind),
                        named(SynergySubType.values(), subType),
                        today)
                .withParticipants(
                        null, companyIds(), flows.stream().map(FlowId::new).toList());
    }

    List<SynergyParticipant> roles() {
        var result = new ArrayList<SynergyParticipant>();
        for (String p : participants) {
            var m = PARTICIPANT.matcher(p);
            if (m.matches() && result.stream().noneMatch(r -> r.companyId().value() == Long.parseLong(m.group(1)))) {
                result.add(new SynergyParticipant(
                        new CompanyId(Long.parseLong(m.group(1))), ParticipantRole.valueOf(m.group(2))));
            }
        }
        return result;
    }

    List<CompanyId> companyIds() {
        return roles().stream().map(SynergyParticipant::companyId).toList();
    }

    /** The role chosen for a company in this form, "" when it takes no part. */
    String roleOf(CompanyId companyId) {
        return roles().stream()
                .filter(r -> r.companyId().equals(companyId))
                .map(r -> r.role().name())
                .findFirst()
                .orElse("");
    }

    private static void quantity(Errors errors, String field, String value, String unit, String period) {
        if (!blank(value) && amount(value) == null) {
            errors.rejectValue(
                    field + "Value", "synergies.error." + field + ".invalid", new Object[] {value.strip()}, null);
        }
        if (!blank(value) && named(Unit.values(), unit) == null) {
            errors.rejectValue(field + "Unit", "synergies.error." + field + ".unit");
        }
        if (!blank(value) && named(Period.values(), period) == null) {
            errors.rejectValue(field + "Period", "synergies.error." + field + ".period");
        }
        if (blank(value) && !blank(unit)) {
            errors.rejectValue(field + "Value", "synergies.error." + field + ".missing");
        }
    }

    private static void date(Errors errors, String field, String text) {
        if (!blank(text) && WrittenDate.parse(text) == null) {
            errors.rejectValue(field, "synergies.error." + field + ".invalid", new Object[] {text.strip()}, null);
        }
    }

    private static SynergyQuantity quantity(String value, String unit, String period) {
        return blank(value)
                ? null
                : new SynergyQuantity(amount(value), named(Unit.values(), unit), named(Period.values(), period));
    }

    static <E extends Enum<E>> E named(E[] values, String name) {
        return Arrays.stream(values)
                .filter(v -> v.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** A positive amount as a French or English reader writes it ("1 200,5", "1200.5"), or null. */
    private static BigDecimal amount(String text) {
        String s = SPACES.matcher(text).replaceAll("");
        return AMOUNT.matcher(s).matches() ? new BigDecimal(s.replace(',', '.')) : null;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String optional(String text) {
        return blank(text) ? null : text.strip();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
