package org.symbiose.companies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.engine.actor.Siret;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.flows.ChangeStamp;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * Companies and their sites as the company file reads and writes them, one company at a time with its
 * optimistic check. The dataset import's batch writes are {@link CompanyImportBatches}.
 */
@Repository
public class CompanyRepository {

    private final JdbcClient jdbc;

    CompanyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Companies of an initiative in French alphabetical order ("Éco-Bois" before "Zinc"). */
    public List<Company> listByInitiative(InitiativeId initiativeId) {
        Collator french = Collator.getInstance(Locale.FRENCH);
        Map<Long, List<Site>> sites = sites("c.initiative_id = ?", initiativeId.value());
        return jdbc
                .sql("select * from company where initiative_id = ?")
                .param(initiativeId.value())
                .query((rs, n) -> row(rs, sites))
                .list()
                .stream()
                // One collation key per company, not two collator comparisons per step of the sort.
                .map(c -> Map.entry(french.getCollationKey(c.name()), c))
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
    }

    /** The companies of an initiative that are not archived: those the matching works on. */
    public List<Company> listActiveByInitiative(InitiativeId initiativeId) {
        return listByInitiative(initiativeId).stream()
                .filter(c -> !c.archived())
                .toList();
    }

    public Optional<Company> findById(CompanyId id) {
        Map<Long, List<Site>> sites = sites("c.id = ?", id.value());
        return jdbc.sql("select * from company where id = ?")
                .param(id.value())
                .query((rs, n) -> row(rs, sites))
                .optional();
    }

    public Company getById(CompanyId id) {
        return findById(id).orElseThrow(() -> new CompanyNotFoundException(id));
    }

    /** Company ids by their exchange-format id, for one initiative. */
    public Map<String, CompanyId> idsByExternalId(InitiativeId initiativeId) {
        var result = new HashMap<String, CompanyId>();
        jdbc.sql("select id, external_id from company where initiative_id = ? and external_id is not null")
                .param(initiativeId.value())
                .query((rs, n) -> result.put(rs.getString("external_id"), new CompanyId(rs.getLong("id"))))
                .list();
        return result;
    }

    /** The names of an initiative's companies by id (archived ones too), without their sites. */
    public Map<CompanyId, String> namesByInitiative(InitiativeId initiativeId) {
        var names = new HashMap<CompanyId, String>();
        jdbc.sql("select id, name from company where initiative_id = ?")
                .param(initiativeId.value())
                .query(rs -> {
                    names.put(new CompanyId(rs.getLong("id")), rs.getString("name"));
                });
        return names;
    }

    /**
     * The first of {@code companyIds} that is not a company of the initiative, if any: what a form naming
     * companies (attendees, participants) must refuse.
     */
    public Optional<CompanyId> firstOutside(InitiativeId initiativeId, Collection<CompanyId> companyIds) {
        Set<CompanyId> own = namesByInitiative(initiativeId).keySet();
        return companyIds.stream().filter(id -> !own.contains(id)).findFirst();
    }

    /** The initiative's companies that are not archived. */
    public long count(InitiativeId initiativeId) {
        return jdbc.sql("select count(*) from company where initiative_id = ? and archived_on is null")
                .param(initiativeId.value())
                .query(Long.class)
                .single();
    }

    /**
     * A stamp of an initiative's companies and their sites, read by one aggregate instead of every row:
     * it changes with every write. A new company raises the count and the sum of ids (a new id is
     * higher than every other); every save, archive, restore or import update raises a version (sites
     * are only written with their company's version). What a kept computation compares with the data
     * now; equal stamps mean the same data, different ones almost surely a change.
     */
    public long changeStamp(InitiativeId initiativeId) {
        return jdbc.sql("select " + ChangeStamp.AGGREGATE + " from company where initiative_id = ?")
                .param(initiativeId.value())
                .query((rs, n) -> new ChangeStamp().add(rs).value())
                .single();
    }

    /** Companies of an initiative recorded as members of its carrier, archived ones left out. */
    public long countMembers(InitiativeId initiativeId) {
        return jdbc.sql(
                        "select count(*) from company where initiative_id = ? and member = true and archived_on is null")
                .param(initiativeId.value())
                .query(Long.class)
                .single();
    }

    /** Ids of all the initiative's companies, archived ones too, in ascending order. */
    public List<CompanyId> ids(InitiativeId initiativeId) {
        return jdbc.sql("select id from company where initiative_id = ? order by id")
                .param(initiativeId.value())
                .query((rs, n) -> new CompanyId(rs.getLong(1)))
                .list();
    }

    /**
     * A company's values for the columns of the exchange format, in the order the company table lists
     * them (external_id, name, siret, naf, activity, employees, zone, member): what an insert here and the
     * import's batch writes ({@link CompanyImportBatches}) send, so that the three statements cannot
     * disagree on an order.
     */
    static List<Object> fieldValues(Company company) {
        return Arrays.asList(
                company.externalId(),
                company.name(),
                company.siret() == null ? null : company.siret().value(),
                company.naf(),
                company.activity(),
                company.employees(),
                company.zone(),
                company.member());
    }

    /** Ids of the initiative's companies that are not archived: those the computed figures count. */
    public Set<CompanyId> activeIds(InitiativeId initiativeId) {
        return Set.copyOf(jdbc.sql("select id from company where initiative_id = ? and archived_on is null")
                .param(initiativeId.value())
                .query((rs, n) -> new CompanyId(rs.getLong(1)))
                .list());
    }

    @Transactional
    public Company insert(Company company) {
        var keys = new GeneratedKeyHolder();
        var values = new ArrayList<Object>(List.of(company.initiativeId().value()));
        values.addAll(fieldValues(company));
        jdbc.sql("insert into company (initiative_id, external_id, name, siret, naf, activity, employees, zone, member)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values)
                .update(keys, "id");
        CompanyId id = new CompanyId(keys.getKeyAs(Number.class).longValue());
        insertSites(id, company.sites());
        return company.withId(id);
    }

    /** How many times the company was saved from the form or the API: the optimistic check's counter. */
    public int version(CompanyId id) {
        return jdbc.sql("select version from company where id = ?")
                .param(id.value())
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new CompanyNotFoundException(id));
    }

    /** The versions of an initiative's companies, by id. */
    public Map<CompanyId, Integer> versions(InitiativeId initiativeId) {
        var result = new HashMap<CompanyId, Integer>();
        jdbc.sql("select id, version from company where initiative_id = ?")
                .param(initiativeId.value())
                .query(rs -> {
                    result.put(new CompanyId(rs.getLong("id")), rs.getInt("version"));
                });
        return result;
    }

    /**
     * Saves a company's fields and replaces its sites, the archive date left as it is, if it is still at
     * the version the editor saw.
     *
     * @throws OptimisticLockingFailureException when it was saved in between
     */
    @Transactional
    public void update(Company company, int version) {
        CompanyId id = company.id();
        int updated = jdbc.sql("update company set name = ?, siret = ?, naf = ?, activity = ?, employees = ?,"
                        + " zone = ?, member = ?, version = version + 1 where id = ? and version = ?")
                .params(
                        company.name(),
                        company.siret() == null ? null : company.siret().value(),
                        company.naf(),
                        company.activity(),
                        company.employees(),
                        company.zone(),
                        company.member(),
                        id.value(),
                        version)
                .update();
        if (updated == 0) {
            throw stale(company.id());
        }
        jdbc.sql("delete from site where company_id = ?").param(id.value()).update();
        insertSites(id, company.sites());
    }

    /**
     * Archives a company on that day, or restores it with null, if it is still at that version.
     *
     * @throws OptimisticLockingFailureException when it was saved in between
     */
    public void setArchivedOn(CompanyId id, java.time.LocalDate day, int version) {
        int updated = jdbc.sql("update company set archived_on = ?, version = version + 1 where id = ? and version = ?")
                .params(day, id.value(), version)
                .update();
        if (updated == 0) {
            throw stale(id);
        }
    }

    /** Not found when the company is gone, else saved by someone else in between. */
    private RuntimeException stale(CompanyId id) {
        version(id);
        return new OptimisticLockingFailureException("company " + id.value() + " was saved in between");
    }

    private void insertSites(CompanyId companyId, List<Site> sites) {
        for (Site site : sites) {
            jdbc.sql("insert into site (company_id, name, commune_insee, latitude, longitude) values (?, ?, ?, ?, ?)")
                    .params(
                            companyId.value(),
                            site.name(),
                            site.communeInsee(),
                            site.point() == null ? null : site.point().latitude(),
                            site.point() == null ? null : site.point().longitude())
                    .update();
        }
    }

    private static Company row(ResultSet rs, Map<Long, List<Site>> sites) throws SQLException {
        long id = rs.getLong("id");
        String siret = rs.getString("siret");
        return new Company(
                new CompanyId(id),
                new InitiativeId(rs.getLong("initiative_id")),
                rs.getString("external_id"),
                rs.getString("name"),
                siret == null ? null : Siret.parse(siret),
                rs.getString("naf"),
                rs.getString("activity"),
                rs.getObject("employees", Integer.class),
                rs.getString("zone"),
                rs.getBoolean("member"),
                sites.getOrDefault(id, List.of()),
                rs.getObject("archived_on", java.time.LocalDate.class));
    }

    /** Sites grouped by company, read before the companies so that no query runs inside another. */
    private Map<Long, List<Site>> sites(String where, long id) {
        var result = new HashMap<Long, List<Site>>();
        jdbc.sql("select s.* from site s join company c on c.id = s.company_id where " + where + " order by s.id")
                .param(id)
                .query(rs -> {
                    double lat = rs.getDouble("latitude");
                    GeoPoint point = rs.wasNull() ? null : new GeoPoint(lat, rs.getDouble("longitude"));
                    result.computeIfAbsent(rs.getLong("company_id"), k -> new ArrayList<>())
                            .add(new Site(rs.getString("name"), rs.getString("commune_insee"), point));
                });
        return result;
    }
}
