package org.symbiose.companies;

import java.util.ArrayList;
import java.util.List;
import org.symbiose.engine.nomenclature.CommuneCatalogue;

/**
 * A company as the form holds it, and as the API's JSON is read before it is checked: text as people
 * type it ("1 200" employees, "43,12" degrees, "Ollioules (83090)"), site rows that may be blank. One
 * set of checks ({@link CompanyChecks}) reads both, so the page and the API refuse the same input with
 * the same messages, naming the same fields ({@code siret}, {@code sites[1].commune}).
 *
 * @param park the name of one of the initiative's business parks, blank for none (the form's select)
 * @param zone a free zone, used when no park is chosen
 * @param confirmDuplicate the facilitator saw the likely duplicates and creates the company anyway
 */
public record CompanyInput(
        String name,
        String siret,
        String naf,
        String activity,
        String employees,
        Boolean member,
        String park,
        String zone,
        List<SiteRow> sites,
        Boolean confirmDuplicate) {

    /** The most sites a company is entered with; a post naming a row beyond is refused (400). */
    public static final int MAX_SITES = 20;

    /**
     * One site row.
     *
     * @param commune an INSEE code, a commune's name, or "Name (code)" as the autocompletion writes it
     */
    public record SiteRow(String name, String commune, String latitude, String longitude) {

        static final SiteRow BLANK = new SiteRow("", "", "", "");

        boolean isBlank() {
            return blank(name) && blank(commune) && blank(latitude) && blank(longitude);
        }
    }

    public CompanyInput {
        // Rows a script removed leave gaps in the indexes, which bind as nulls: read as blank rows, the
        // list keeping its indexes (the binder sets the posted rows by index after construction).
        sites = sites == null
                ? List.of()
                : sites.stream().map(row -> row == null ? SiteRow.BLANK : row).toList();
        if (sites.isEmpty()) {
            sites = List.of(SiteRow.BLANK); // the form always shows a row to fill in
        }
    }

    boolean confirmed() {
        return Boolean.TRUE.equals(confirmDuplicate);
    }

    /** An empty form with one blank site row. */
    static CompanyInput blank() {
        return new CompanyInput("", "", "", "", "", false, "", "", List.of(SiteRow.BLANK), false);
    }

    /** The form of a saved company; its zone goes in the select when it names one of the parks. */
    static CompanyInput of(Company company, List<String> parks, CommuneCatalogue communes) {
        boolean isPark = company.zone() != null && parks.contains(company.zone());
        var rows = new ArrayList<SiteRow>();
        for (Site site : company.sites()) {
            rows.add(new SiteRow(
                    site.name(),
                    site.communeInsee() == null
                            ? ""
                            : communes.find(site.communeInsee())
                                    .map(c -> c.name() + " (" + c.inseeCode() + ")")
                                    .orElse(site.communeInsee()),
                    site.point() == null ? "" : Coordinates.format(site.point().latitude()),
                    site.point() == null ? "" : Coordinates.format(site.point().longitude())));
        }
        return new CompanyInput(
                company.name(),
                company.siret() == null ? "" : company.siret().formatted(),
                company.naf() == null ? "" : company.naf(),
                company.activity() == null ? "" : company.activity(),
                company.employees() == null ? "" : company.employees().toString(),
                company.member(),
                isPark ? company.zone() : "",
                isPark || company.zone() == null ? "" : company.zone(),
                rows,
                false);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
