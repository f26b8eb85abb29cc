package org.symbiose.initiatives;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.ids.InitiativeId;

/**
 * Loads and saves whole initiatives: the row and every section of the sheet. Reads are served from
 * an in-process snapshot of all initiatives ({@link InitiativeCache}) that each save invalidates;
 * whoever writes the initiative tables must do so through {@link #save}.
 */
@Repository
public class InitiativeRepository {

    private final JdbcClient jdbc;
    private final InitiativeSections sections;
    private final InitiativeReader reader;
    private final InitiativeCache cache = new InitiativeCache();
    private final Clock clock;

    InitiativeRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.sections = new InitiativeSections(jdbc);
        this.reader = new InitiativeReader(jdbc, sections);
        this.clock = clock;
    }

    public Optional<Initiative> findById(InitiativeId id) {
        return listAll().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<Initiative> findBySlug(String slug) {
        return listAll().stream().filter(i -> i.slug().equals(slug)).findFirst();
    }

    public Initiative getById(InitiativeId id) {
        return findById(id).orElseThrow(() -> new InitiativeNotFoundException(String.valueOf(id.value())));
    }

    public Initiative getBySlug(String slug) {
        return findBySlug(slug).orElseThrow(() -> new InitiativeNotFoundException(slug));
    }

    /** All initiatives in the order of the compendium (by name), from the cache when no save made it stale. */
    public List<Initiative> listAll() {
        return cache.all(reader::readAll);
    }

    public List<Initiative> listPublished() {
        return listAll().stream().filter(Initiative::published).toList();
    }

    /** Forgets the cached initiatives, for code that wrote the initiative tables without {@link #save}. */
    public void forgetCached() {
        cache.invalidate();
    }

    /** The network the initiative belongs to. */
    public long networkIdOf(InitiativeId id) {
        return jdbc.sql("select network_id from initiative where id = ?")
                .param(id.value())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new InitiativeNotFoundException(String.valueOf(id.value())));
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from initiative").query(Long.class).single() == 0;
    }

    /**
     * Inserts a new initiative or replaces a stored one. Refuses to overwrite a version that someone
     * else saved in between (optimistic locking).
     *
     * @return the initiative as stored, with its id and new version
     */
    @Transactional
    public Initiative save(Initiative initiative, long networkId) {
        cache.invalidate();
        Instant now = clock.instant();
        InitiativeId id;
        int version;
        if (initiative.id() == null) {
            id = insert(initiative, networkId, now);
            version = 0;
        } else {
            id = initiative.id();
            version = initiative.version() + 1;
            int updated = bind(jdbc.sql("""
                            update initiative set name = :name, title = :title, published = :published,
                              commune_insee = :commune, latitude = :lat, longitude = :lon, description = :description,
                              carrier_name = :carrierName, carrier_short_name = :carrierShortName,
                              carrier_type = :carrierType, carrier_founded = :carrierFounded,
                              carrier_members = :carrierMembers, carrier_description = :carrierDescription,
                              territory_description = :territoryDescription, territory_communes = :territoryCommunes,
                              launch_text = :launchText, fte = :fte, fte_text = :fteText, budget_eur = :budgetEur,
                              budget_text = :budgetText, funding_text = :fundingText,
                              sustainability_model = :sustainabilityModel, other_notes = :otherNotes,
                              version = :newVersion, updated_at = :updatedAt
                            where id = :id and version = :version"""), initiative, now)
                    .param("newVersion", version)
                    .param("id", id.value())
                    .param("version", initiative.version())
                    .update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException(
                        "initiative " + initiative.slug() + " was changed by someone else");
            }
        }
        sections.replace(id, initiative);
        cache.invalidate();
        return initiative.stored(id, version, now);
    }

    private InitiativeId insert(Initiative initiative, long networkId, Instant now) {
        var keys = new GeneratedKeyHolder();
        bind(jdbc.sql("""
                        insert into initiative (network_id, slug, name, title, published, commune_insee, latitude,
                          longitude, description, carrier_name, carrier_short_name, carrier_type, carrier_founded,
                          carrier_members, carrier_description, territory_description, territory_communes,
                          launch_text, fte, fte_text, budget_eur, budget_text, funding_text, sustainability_model,
                          other_notes, version, updated_at)
                        values (:networkId, :slug, :name, :title, :published, :commune, :lat, :lon, :description,
                          :carrierName, :carrierShortName, :carrierType, :carrierFounded, :carrierMembers,
                          :carrierDescription, :territoryDescription, :territoryCommunes, :launchText, :fte,
                          :fteText, :budgetEur, :budgetText, :fundingText, :sustainabilityModel, :otherNotes, 0,
                          :updatedAt)"""), initiative, now)
                .param("networkId", networkId)
                .param("slug", initiative.slug())
                .update(keys, "id");
        return new InitiativeId(keys.getKeyAs(Number.class).longValue());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Initiative i, Instant now) {
        Location location = i.location();
        Carrier carrier = i.carrier();
        Means means = i.means();
        return spec.param("name", i.name())
                .param("title", i.title())
                .param("published", i.published())
                .param("commune", location == null ? null : location.communeInsee())
                .param("lat", location == null ? null : location.point().latitude())
                .param("lon", location == null ? null : location.point().longitude())
                .param("description", i.description().text())
                .param("carrierName", carrier.name())
                .param("carrierShortName", carrier.shortName())
                .param("carrierType", carrier.type().name())
                .param("carrierFounded", carrier.founded())
                .param("carrierMembers", carrier.members())
                .param("carrierDescription", carrier.description().text())
                .param("territoryDescription", i.territory().description().text())
                .param("territoryCommunes", String.join(",", i.territory().communes()))
                .param("launchText", i.launchText())
                .param("fte", means.fte())
                .param("fteText", means.fteText())
                .param("budgetEur", means.budgetEur())
                .param("budgetText", means.budgetText())
                .param("fundingText", means.fundingText())
                .param("sustainabilityModel", means.sustainabilityModel())
                .param("otherNotes", means.otherNotes())
                .param("updatedAt", Timestamp.from(now));
    }
}
