package org.symbiose.initiatives;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.symbiose.engine.geo.GeoPoint;

/** Loads and saves whole initiatives: the row and every section of the sheet. */
@Repository
public class InitiativeRepository {

    private static final String SELECT = "select * from initiative";

    private final JdbcClient jdbc;
    private final InitiativeSections sections;
    private final Clock clock;

    InitiativeRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.sections = new InitiativeSections(jdbc);
        this.clock = clock;
    }

    public Optional<Initiative> findById(InitiativeId id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id.value())
                .query(this::row)
                .optional();
    }

    public Optional<Initiative> findBySlug(String slug) {
        return jdbc.sql(SELECT + " where slug = ?").param(slug).query(this::row).optional();
    }

    public Initiative getById(InitiativeId id) {
        return findById(id).orElseThrow(() -> new InitiativeNotFoundException(String.valueOf(id.value())));
    }

    public Initiative getBySlug(String slug) {
        return findBySlug(slug).orElseThrow(() -> new InitiativeNotFoundException(slug));
    }

    /** All initiatives in the order of the compendium (by name). */
    public List<Initiative> listAll() {
        return jdbc.sql(SELECT + " order by lower(name)").query(this::row).list();
    }

    public List<Initiative> listPublished() {
        return jdbc.sql(SELECT + " where published = true order by lower(name)")
                .query(this::row)
                .list();
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

    private Initiative row(ResultSet rs, int rowNum) throws SQLException {
        var id = new InitiativeId(rs.getLong("id"));
        var items = sections.items(id);
        double lat = rs.getDouble("latitude");
        Location location = rs.wasNull()
                ? null
                : new Location(rs.getString("commune_insee"), new GeoPoint(lat, rs.getDouble("longitude")));
        var carrier = new Carrier(
                rs.getString("carrier_name"),
                rs.getString("carrier_short_name"),
                CarrierType.valueOf(rs.getString("carrier_type")),
                (Integer) rs.getObject("carrier_founded", Integer.class),
                (Integer) rs.getObject("carrier_members", Integer.class),
                new Prose(rs.getString("carrier_description")));
        String communes = rs.getString("territory_communes");
        var territory = new Territory(
                new Prose(rs.getString("territory_description")),
                communes == null || communes.isBlank() ? List.of() : List.of(communes.split(",")),
                sections.parks(id));
        var means = new Means(
                rs.getBigDecimal("fte"),
                rs.getString("fte_text"),
                rs.getBigDecimal("budget_eur"),
                rs.getString("budget_text"),
                rs.getString("funding_text"),
                sections.fundingLines(id),
                rs.getString("sustainability_model"),
                rs.getString("other_notes"));
        return new Initiative(
                id,
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("title"),
                rs.getBoolean("published"),
                location,
                new Prose(rs.getString("description")),
                carrier,
                territory,
                items.get(ItemSection.OBJECTIVE),
                items.get(ItemSection.HIGHLIGHT),
                sections.keyFigures(id),
                sections.stages(id),
                rs.getString("launch_text"),
                means,
                new Governance(
                        items.get(ItemSection.STRATEGIC_STEERING),
                        items.get(ItemSection.TECHNICAL_STEERING),
                        items.get(ItemSection.PARTNER),
                        items.get(ItemSection.PUBLIC_POLICY)),
                new Animation(items.get(ItemSection.ANIMATION_METHOD), items.get(ItemSection.COMMUNICATION_TOOL)),
                sections.contacts(id),
                rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
