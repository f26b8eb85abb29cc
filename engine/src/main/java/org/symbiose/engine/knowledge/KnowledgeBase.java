package org.symbiose.engine.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reviewed knowledge the matching engine reasons with: the resource taxonomy, the List-of-Waste
 * and activity mappings, the valorisation pathways and the mutualisation themes
 * (docs/knowledge-base.md). Loaded once from the engine's resources; every reference between files is
 * checked at load time.
 */
public final class KnowledgeBase {

    static final String FOLDER = "/org/symbiose/engine/knowledge/";

    /** A List-of-Waste code's family and how surely the code means that family, in [0, 1]. */
    public record WasteFamily(String family, double confidence) {}

    private final Taxonomy taxonomy;
    private final Map<String, WasteFamily> wasteFamilies;
    private final ActivityProfiles activities;
    private final List<Pathway> pathways;
    private final List<Theme> themes;
    private final List<Trade> trades;

    KnowledgeBase(
            Taxonomy taxonomy,
            Map<String, WasteFamily> wasteFamilies,
            ActivityProfiles activities,
            List<Pathway> pathways,
            List<Theme> themes,
            List<Trade> trades) {
        this.taxonomy = taxonomy;
        this.trades = List.copyOf(trades);
        this.wasteFamilies = Map.copyOf(wasteFamilies);
        this.activities = activities;
        this.pathways = List.copyOf(pathways);
        this.themes = List.copyOf(themes);
        new KnowledgeChecks(this).requireConsistent();
    }

    private static final class Holder {
        static final KnowledgeBase INSTANCE = loadResources();
    }

    /** The knowledge shipped with the engine. */
    public static KnowledgeBase load() {
        return Holder.INSTANCE;
    }

    private static KnowledgeBase loadResources() {
        try (Reader families = resource("families.csv");
                Reader waste = resource("waste-families.csv");
                Reader naf = resource("naf-families.csv");
                Reader pathways = resource("pathways.csv");
                Reader themes = resource("themes.csv");
                Reader trades = resource("trades.csv")) {
            return read(families, waste, naf, pathways, themes, trades);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the knowledge base", e);
        }
    }

    private static Reader resource(String name) {
        InputStream in = KnowledgeBase.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("missing knowledge file " + FOLDER + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Reads a knowledge base from five of its files, without trades (tests use small ones). */
    public static KnowledgeBase read(Reader families, Reader waste, Reader naf, Reader pathways, Reader themes)
            throws IOException {
        return read(families, waste, naf, pathways, themes, null);
    }

    /** Reads a knowledge base from its six files; {@code trades} may be null for none. */
    public static KnowledgeBase read(
            Reader families, Reader waste, Reader naf, Reader pathways, Reader themes, Reader trades)
            throws IOException {
        return new KnowledgeBase(
                new Taxonomy(KnowledgeRows.families(families)),
                KnowledgeRows.wasteFamilies(waste),
                new ActivityProfiles(KnowledgeRows.activityProfiles(naf)),
                KnowledgeRows.pathways(pathways),
                KnowledgeRows.themes(themes),
                trades == null ? List.of() : KnowledgeRows.trades(trades));
    }

    /**
     * The trades that broad NAF classes hold, told apart by the words of an activity ({@link Trade}): which
     * pathways naming the class such a company runs.
     */
    public List<Trade> trades() {
        return trades;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The family of a List-of-Waste entry code (6 digits, no spaces). */
    public Optional<WasteFamily> wasteFamily(String ewc) {
        return Optional.ofNullable(wasteFamilies.get(ewc));
    }

    Map<String, WasteFamily> wasteFamilies() {
        return wasteFamilies;
    }

    public ActivityProfiles activities() {
        return activities;
    }

    public List<Pathway> pathways() {
        return pathways;
    }

    public List<Theme> themes() {
        return themes;
    }

    /**
     * Whether things of this family are reused as they are: a pathway at the level of reuse takes it, or a
     * broader family, in (pallets, boxes, furniture; not glass cullet, which is broken by nature).
     */
    public boolean reusedAsIs(String family) {
        for (Pathway pathway : pathways) {
            if (pathway.hierarchy() == WasteHierarchy.REUSE && pathway.takes(family, taxonomy)) {
                return true;
            }
        }
        return false;
    }

    /** Pathways by each of their input families, for candidate generation. */
    public Map<String, List<Pathway>> pathwaysByInputFamily() {
        var index = new HashMap<String, List<Pathway>>();
        for (Pathway pathway : pathways) {
            for (String family : pathway.inputFamilies()) {
                index.computeIfAbsent(family, f -> new ArrayList<>()).add(pathway);
            }
        }
        return index;
    }
}
