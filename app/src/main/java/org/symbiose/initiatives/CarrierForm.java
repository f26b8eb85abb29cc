package org.symbiose.initiatives;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.springframework.validation.Errors;

/**
 * The carrying organisation and its territory: communes as INSEE codes and the business parks.
 *
 * @param communes INSEE codes, one per line (or separated by spaces or commas)
 */
record CarrierForm(
        @NotBlank(message = "{edit.error.carrierName.required}")
        @Size(max = 300, message = "{edit.error.carrierName.size}")
        String carrierName,

        @Size(max = 120, message = "{edit.error.carrierShortName.size}")
        String carrierShortName,

        @NotNull(message = "{edit.error.carrierType.required}")
        CarrierType carrierType,

        @WrittenNumber(min = "1800", max = "2100", integer = 4, message = "{edit.error.founded}")
        String founded,

        @WrittenNumber(integer = 7, message = "{edit.error.members}")
        String members,

        @Size(max = 20000, message = "{edit.error.carrierDescription.size}")
        String carrierDescription,

        @Size(max = 20000, message = "{edit.error.territoryDescription.size}")
        String territoryDescription,

        @Size(max = 1000, message = "{edit.error.communes.size}")
        String communes,

        @Valid List<ParkRow> parks)
        implements SheetForm {

    /** A business park: name, commune, area in hectares, companies and direct jobs. */
    record ParkRow(
            @Size(max = 300, message = "{edit.error.park.name.size}")
            String name,

            @Pattern(regexp = FormValues.INSEE_CODE_OR_BLANK, message = "{edit.error.commune.pattern}")
            String communeInsee,

            @WrittenNumber(integer = 8, fraction = 2, message = "{edit.error.park.area}")
            String areaHa,

            @WrittenNumber(integer = 7, message = "{edit.error.park.companies}")
            String companies,

            @WrittenNumber(integer = 8, message = "{edit.error.park.jobs}")
            String jobs) {

        static final ParkRow BLANK = new ParkRow("", "", "", "", "");

        boolean isBlank() {
            return FormValues.allBlank(name, communeInsee, areaHa, companies, jobs);
        }
    }

    CarrierForm {
        parks = FormValues.rows(parks, ParkRow.BLANK);
    }

    static CarrierForm of(Initiative initiative, Locale locale) {
        Carrier carrier = initiative.carrier();
        Territory territory = initiative.territory();
        List<ParkRow> rows = territory.parks().stream()
                .map(p -> new ParkRow(
                        p.name(),
                        p.communeInsee() == null ? "" : p.communeInsee(),
                        FormValues.format(p.areaHa(), locale),
                        FormValues.format(p.companies()),
                        FormValues.format(p.jobs())))
                .toList();
        return new CarrierForm(
                carrier.name(),
                carrier.shortName() == null ? "" : carrier.shortName(),
                carrier.type(),
                FormValues.format(carrier.founded()),
                FormValues.format(carrier.members()),
                carrier.description().text(),
                territory.description().text(),
                FormValues.lines(territory.communes()),
                FormValues.withBlankRows(rows, ParkRow.BLANK));
    }

    @Override
    public void check(Errors errors) {
        if (!errors.hasFieldErrors("communes")) {
            for (String code : FormValues.codes(communes)) {
                if (!code.matches(FormValues.INSEE_CODE_OR_BLANK)) {
                    errors.rejectValue("communes", "edit.error.communes.pattern", new Object[] {code}, null);
                } else {
                    FormValues.requireKnownCommune(errors, "communes", code);
                }
            }
        }
        for (int i = 0; i < parks.size(); i++) {
            ParkRow row = parks.get(i);
            String path = "parks[" + i + "].";
            if (!row.isBlank()) {
                FormValues.requireInRow(errors, path + "name", row.name(), "edit.error.park.name.required");
                FormValues.requireKnownCommune(errors, path + "communeInsee", row.communeInsee());
            }
        }
    }

    @Override
    public Initiative applyTo(Initiative initiative) {
        var carrier = new Carrier(
                carrierName,
                carrierShortName,
                carrierType,
                FormValues.integer(founded),
                FormValues.integer(members),
                new Prose(carrierDescription));
        var territory = new Territory(
                new Prose(territoryDescription),
                FormValues.codes(communes),
                FormValues.filled(parks, ParkRow::isBlank).stream()
                        .map(row -> new BusinessPark(
                                row.name(),
                                row.communeInsee(),
                                FormValues.number(row.areaHa()),
                                FormValues.integer(row.companies()),
                                FormValues.integer(row.jobs())))
                        .toList());
        return initiative.reviseCarrierAndTerritory(carrier, territory);
    }
}
