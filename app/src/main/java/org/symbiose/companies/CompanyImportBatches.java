package org.symbiose.companies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * The dataset import's writes to the companies and their sites: hundreds of rows per statement, in the
 * caller's transaction (an import is all or nothing), each new company pointing to the import that
 * created it. Kept apart from {@link CompanyRepository}, which serves the company file one company at a
 * time with its optimistic check, because these writes follow other rules (no version check: the import
 * checked the initiative's fingerprint; a changed company keeps the sites added by hand) and only
 * {@code imports} uses them.
 */
@Repository
public class CompanyImportBatches {

    private static final int ROWS_PER_INSERT = 500;

    private final JdbcClient jdbc;
    private final CompanyRepository companies;

    CompanyImportBatches(JdbcClient jdbc, CompanyRepository companies) {
        this.jdbc = jdbc;
        this.companies = companies;
    }

    /** The import that created the company ({@code flows.ImportRuns}), empty when it was created otherwise. */
    public Optional<Long> createdByImport(CompanyId id) {
        return jdbc.sql("select import_id from company where id = ? and import_id is not null")
                .param(id.value())
                .query(Long.class)
                .optional();
    }

    /**
     * Inserts companies with their sites, in order; the returned companies carry their ids. Several hundred
     * rows per statement when every company has an external id (unique in its initiative, so the ids are read
     * back by it), one by one otherwise.
     */
    public List<Company> insertBatch(List<Company> batch) {
        return insertBatch(batch, null);
    }

    /**
     * Inserts new companies as {@link #insertBatch(List)} does, each pointing to the import that creates
     * them: their history's first entry is that import ({@code flows.ImportRuns}), not a row each.
     *
     * @param importId the import, null for companies created otherwise
     */
    public List<Company> insertBatch(List<Company> batch, Long importId) {
        if (batch.stream().anyMatch(c -> c.externalId() == null)) {
            List<Company> saved = batch.stream().map(companies::insert).toList();
            if (importId != null) {
                saved.forEach(c -> jdbc.sql("update company set import_id = ? where id = ?")
                        .params(importId, c.id().value())
                        .update());
            }
            return saved;
        }
        for (int start = 0; start < batch.size(); start += ROWS_PER_INSERT) {
            insertCompanies(batch.subList(start, Math.min(batch.size(), start + ROWS_PER_INSERT)), importId);
        }
        var saved = new ArrayList<Company>(batch.size());
        var sites = new ArrayList<Object>();
        Map<InitiativeId, Map<String, CompanyId>> ids = new HashMap<>();
        for (Company c : batch) {
            CompanyId id = ids.computeIfAbsent(c.initiativeId(), companies::idsByExternalId)
                    .get(c.externalId());
            saved.add(c.withId(id));
            for (Site site : c.sites()) {
                sites.addAll(Arrays.asList(
                        id.value(),
                        site.name(),
                        site.communeInsee(),
                        site.point() == null ? null : site.point().latitude(),
                        site.point() == null ? null : site.point().longitude()));
            }
        }
        for (int start = 0; start < sites.size(); start += ROWS_PER_INSERT * 5) {
            List<Object> chunk = sites.subList(start, Math.min(sites.size(), start + ROWS_PER_INSERT * 5));
            var sql = new StringBuilder(
                    "insert into site (company_id, name, commune_insee, latitude, longitude) values ");
            for (int i = 0; i < chunk.size(); i += 5) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
            }
            jdbc.sql(sql.toString()).params(chunk).update();
        }
        return saved;
    }

    private void insertCompanies(List<Company> chunk, Long importId) {
        var sql = new StringBuilder("insert into company (initiative_id, external_id, name, siret, naf, activity,"
                + " employees, zone, member, import_id) values ");
        var params = new ArrayList<Object>(chunk.size() * 10);
        for (Company c : chunk) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            params.add(c.initiativeId().value());
            params.addAll(CompanyRepository.fieldValues(c));
            params.add(importId);
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    /**
     * Writes the fields of the exchange format of saved companies (external id, name, SIRET, NAF, activity,
     * employees, zone, member) and, when it has one, their first site replaces the first site kept (the
     * others, added by hand, stay). Each version grows by one, so that a form opened before the import is
     * refused and {@link CompanyRepository#changeStamp} changes.
     */
    public void updateBatch(List<Company> batch) {
        for (Company company : batch) {
            CompanyId id = company.id();
            var values = new ArrayList<Object>(CompanyRepository.fieldValues(company));
            values.add(id.value());
            jdbc.sql("update company set external_id = ?, name = ?, siret = ?, naf = ?, activity = ?, employees = ?,"
                            + " zone = ?, member = ?, version = version + 1 where id = ?")
                    .params(values)
                    .update();
            if (!company.sites().isEmpty()) {
                replaceFirstSite(id, company.sites().get(0));
            }
        }
    }

    private void replaceFirstSite(CompanyId companyId, Site site) {
        Double lat = site.point() == null ? null : site.point().latitude();
        Double lon = site.point() == null ? null : site.point().longitude();
        int updated = jdbc.sql("update site set name = ?, commune_insee = ?, latitude = ?, longitude = ?"
                        + " where id = (select min(id) from site where company_id = ?)")
                .params(site.name(), site.communeInsee(), lat, lon, companyId.value())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into site (company_id, name, commune_insee, latitude, longitude) values (?, ?, ?, ?, ?)")
                    .params(companyId.value(), site.name(), site.communeInsee(), lat, lon)
                    .update();
        }
    }
}
