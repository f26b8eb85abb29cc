package org.symbiose.companies;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.symbiose.engine.actor.InvalidSiretException;
import org.symbiose.engine.actor.Siret;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.nomenclature.Commune;
import org.symbiose.engine.nomenclature.CommuneCatalogue;
import org.symbiose.engine.nomenclature.NafCatalogue;
import org.symbiose.engine.nomenclature.NafCode;
import org.symbiose.ids.InitiativeId;

/**
 * Reads a {@link CompanyInput} as a {@link Company}, or rejects each wrong field in the {@link Errors}
 * with a message key of messages-companies (the site's number as first argument for site rows): the
 * SIRET's Luhn key, a NAF sub-class of the catalogue, a commune of the region, coordinates in the
 * region, and a place (commune or coordinates) for every site.
 */
@Component
class CompanyChecks {

    static final int MAX_NAME = 300;
    static final int MAX_ACTIVITY = 1000;
    static final int MAX_EMPLOYEES = 1_000_000;

    /** "Ollioules (83090)", as the commune autocompletion writes it. */
    private static final Pattern NAME_AND_CODE = Pattern.compile(".*\\((\\d[0-9AB]\\d{3})\\)\\s*");

    private static final Pattern WHOLE = Pattern.compile("\\d{1,7}");

    private final NafCatalogue naf = NafCatalogue.load();
    private final CommuneCatalogue communes = CommuneCatalogue.load();

    CommuneCatalogue communes() {
        return communes;
    }

    /**
     * The company the input describes, or null when a field was rejected.
     *
     * @param parks names of the initiative's business parks, the only values the park select takes
     * @param current the company being edited (its id, exchange id and archive date are kept), or null
     */
    Company read(CompanyInput in, InitiativeId initiativeId, List<String> parks, Company current, Errors errors) {
        String name = text(in.name());
        if (name == null) {
            errors.rejectValue("name", "company.error.name.required");
        } else if (name.length() > MAX_NAME) {
            errors.rejectValue("name", "company.error.name.size", new Object[] {MAX_NAME}, null);
        }
        Siret siret = siret(in.siret(), errors);
        String nafCode = naf(in.naf(), errors);
        String activity = text(in.activity());
        if (activity != null && activity.length() > MAX_ACTIVITY) {
            errors.rejectValue("activity", "company.error.activity.size", new Object[] {MAX_ACTIVITY}, null);
        }
        Integer employees = employees(in.employees(), errors);
        String zone = zone(in, parks, errors);
        List<Site> sites = sites(in.sites(), name, errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new Company(
                current == null ? null : current.id(),
                initiativeId,
                current == null ? null : current.externalId(),
                name,
                siret,
                nafCode,
                activity,
                employees,
                zone,
                Boolean.TRUE.equals(in.member()),
                sites,
                current == null ? null : current.archivedOn());
    }

    private static Siret siret(String text, Errors errors) {
        if (text(text) == null) {
            return null;
        }
        try {
            return Siret.parse(text.strip());
        } catch (InvalidSiretException e) {
            String code = e.reason() == InvalidSiretException.Reason.BAD_CHECK_DIGIT
                    ? "company.error.siret.checkDigit"
                    : "company.error.siret.format";
            errors.rejectValue("siret", code, new Object[] {text.strip()}, null);
            return null;
        }
    }

    private String naf(String text, Errors errors) {
        String code = text(text);
        if (code == null) {
            return null;
        }
        Optional<NafCode> found = naf.find(code);
        if (found.isEmpty()) {
            errors.rejectValue("naf", "company.error.naf.unknown", new Object[] {code}, null);
            return null;
        }
        if (found.get().level() != NafCode.Level.SUB_CLASS) {
            errors.rejectValue(
                    "naf", "company.error.naf.level", new Object[] {found.get().code()}, null);
            return null;
        }
        return found.get().code();
    }

    private static Integer employees(String text, Errors errors) {
        if (text(text) == null) {
            return null;
        }
        String digits = text.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (!WHOLE.matcher(digits).matches() || Integer.parseInt(digits) > MAX_EMPLOYEES) {
            errors.rejectValue("employees", "company.error.employees", new Object[] {text.strip()}, null);
            return null;
        }
        return Integer.valueOf(digits);
    }

    private static String zone(CompanyInput in, List<String> parks, Errors errors) {
        String park = text(in.park());
        if (park != null) {
            if (!parks.contains(park)) {
                errors.rejectValue("park", "company.error.park.unknown", new Object[] {park}, null);
            }
            return park;
        }
        String zone = text(in.zone());
        if (zone != null && zone.length() > MAX_NAME) {
            errors.rejectValue("zone", "company.error.zone.size", new Object[] {MAX_NAME}, null);
        }
        return zone;
    }

    private List<Site> sites(List<CompanyInput.SiteRow> rows, String companyName, Errors errors) {
        if (rows.size() > CompanyInput.MAX_SITES) {
            errors.rejectValue("sites", "company.error.sites.tooMany", new Object[] {CompanyInput.MAX_SITES}, null);
            return List.of();
        }
        var sites = new ArrayList<Site>();
        for (int i = 0; i < rows.size(); i++) {
            CompanyInput.SiteRow row = rows.get(i);
            if (!row.isBlank()) {
                site(row, i, companyName, errors).ifPresent(sites::add);
            }
        }
        if (sites.isEmpty() && !errors.hasFieldErrors("sites*")) {
            errors.rejectValue("sites", "company.error.sites.required");
        }
        return sites;
    }

    private Optional<Site> site(CompanyInput.SiteRow row, int index, String companyName, Errors errors) {
        String path = "sites[" + index + "].";
        Object number = index + 1;
        String name = text(row.name());
        if (name != null && name.length() > MAX_NAME) {
            errors.rejectValue(path + "name", "company.error.site.name.size", new Object[] {number, MAX_NAME}, null);
        }
        String commune = null;
        if (text(row.commune()) != null) {
            commune = commune(row.commune().strip()).map(Commune::inseeCode).orElse(null);
            if (commune == null) {
                errors.rejectValue(
                        path + "commune",
                        "company.error.site.commune",
                        new Object[] {number, row.commune().strip()},
                        null);
            }
        }
        Double latitude = degrees(row.latitude(), path + "latitude", number, errors);
        Double longitude = degrees(row.longitude(), path + "longitude", number, errors);
        GeoPoint point = null;
        if (latitude != null && longitude != null) {
            point = new GeoPoint(latitude, longitude);
            if (!point.isInProvenceAlpesCoteDAzur()) {
                errors.rejectValue(path + "latitude", "company.error.site.outside", new Object[] {number}, null);
            }
        } else if (latitude != null || longitude != null) {
            String missing = latitude == null ? "latitude" : "longitude";
            if (!errors.hasFieldErrors(path + missing)) {
                errors.rejectValue(
                        path + missing, "company.error.site." + missing + ".missing", new Object[] {number}, null);
            }
        }
        if (text(row.commune()) == null && text(row.latitude()) == null && text(row.longitude()) == null) {
            errors.rejectValue(path + "commune", "company.error.site.place", new Object[] {number}, null);
        }
        if (errors.hasFieldErrors(path + "*") || (commune == null && point == null)) {
            return Optional.empty();
        }
        return Optional.of(new Site(name != null ? name : companyName == null ? "" : companyName, commune, point));
    }

    /** The commune a text names: "Name (code)", an INSEE code, a postcode of one commune, or a name. */
    Optional<Commune> commune(String text) {
        Matcher withCode = NAME_AND_CODE.matcher(text);
        return withCode.matches() ? communes.find(withCode.group(1)) : communes.resolve(text);
    }

    private static Double degrees(String text, String field, Object number, Errors errors) {
        if (text(text) == null) {
            return null;
        }
        Double degrees = Coordinates.parse(text);
        String which = field.substring(field.lastIndexOf('.') + 1);
        double limit = "latitude".equals(which) ? 90 : 180;
        if (degrees == null || Math.abs(degrees) > limit) {
            errors.rejectValue(field, "company.error.site." + which, new Object[] {number, text.strip()}, null);
            return null;
        }
        return degrees;
    }

    /** The text stripped, or null when blank. */
    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
