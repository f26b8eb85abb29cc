package org.symbiose.companies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.symbiose.engine.nomenclature.Commune;
import org.symbiose.engine.nomenclature.CommuneCatalogue;

/**
 * What changed between two versions of a company, field by field, in the words of its file: "NAF :
 * 16.24Z → 16.10A", "Sites : Atelier (Ollioules) → Atelier (Ollioules) ; Dépôt (Six-Fours-les-Plages)".
 */
final class ChangeSummary {

    private static final CommuneCatalogue COMMUNES = CommuneCatalogue.load();

    private ChangeSummary() {}

    /** The fields a new company was created with. */
    static List<CompanyChange.FieldChange> created(Company company) {
        var changes = new ArrayList<CompanyChange.FieldChange>();
        fields(company).forEach((field, value) -> {
            if (!value.isEmpty() && !("member".equals(field) && "false".equals(value))) {
                changes.add(new CompanyChange.FieldChange(field, "", value));
            }
        });
        return changes;
    }

    /** The fields whose value differs, in the order of the form. */
    static List<CompanyChange.FieldChange> between(Company before, Company after) {
        Map<String, String> old = fields(before);
        var changes = new ArrayList<CompanyChange.FieldChange>();
        fields(after).forEach((field, value) -> {
            if (!Objects.equals(old.get(field), value)) {
                changes.add(new CompanyChange.FieldChange(field, old.get(field), value));
            }
        });
        return changes;
    }

    private static Map<String, String> fields(Company c) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", c.name());
        fields.put("siret", c.siret() == null ? "" : c.siret().formatted());
        fields.put("naf", Objects.toString(c.naf(), ""));
        fields.put("activity", Objects.toString(c.activity(), ""));
        fields.put("employees", Objects.toString(c.employees(), ""));
        fields.put("member", String.valueOf(c.member()));
        fields.put("zone", Objects.toString(c.zone(), ""));
        fields.put("sites", c.sites().stream().map(ChangeSummary::site).collect(Collectors.joining(" ; ")));
        return fields;
    }

    /** "Atelier (Ollioules, 43.139, 5.8542)". */
    private static String site(Site site) {
        var place = new ArrayList<String>();
        if (site.communeInsee() != null) {
            place.add(COMMUNES.find(site.communeInsee()).map(Commune::name).orElse(site.communeInsee()));
        }
        if (site.point() != null) {
            place.add(Coordinates.format(site.point().latitude()) + ", "
                    + Coordinates.format(site.point().longitude()));
        }
        return site.name() + " (" + String.join(", ", place) + ")";
    }
}
