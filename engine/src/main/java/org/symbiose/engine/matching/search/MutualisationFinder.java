package org.symbiose.engine.matching.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.symbiose.engine.classify.Classification;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.ResourceFamily;
import org.symbiose.engine.knowledge.Taxonomy;
import org.symbiose.engine.knowledge.Theme;
import org.symbiose.engine.matching.ActorFacts;
import org.symbiose.engine.matching.FlowFacts;
import org.symbiose.engine.matching.MatchOptions;

/**
 * Groups of nearby companies with the same waste to collect or the same need, theme by theme. Seeds
 * are taken densest first (companies in reach, counted up to {@link #MAX_GROUP_SIZE}); each flow joins
 * at most one group of a theme, and a group holds at most {@link #MAX_GROUP_SIZE} companies, the
 * seed's nearest.
 */
public final class MutualisationFinder {

    /** A flow that belongs to a theme. */
    /** A flow that belongs to a theme; {@code number} is its position among the theme's members. */
    private record Member(FlowFacts flow, double confidence, int number) {
        ActorFacts actor() {
            return flow.actor();
        }
    }

    /**
     * The most companies a group holds: beyond a few dozen, a collective collection or purchase is run
     * as several groups (and in a dense territory every company would otherwise be in reach of
     * thousands). The nearest companies of the seed are kept.
     */
    static final int MAX_GROUP_SIZE = 25;

    /** A group found, before ranking. */
    public record Group(Theme theme, List<FlowFacts> flows, double meanDistanceKm, double confidence, double score) {}

    private final KnowledgeBase knowledge;
    private final Taxonomy taxonomy;
    /** Actors by index, numbered in the order of their ids: set by {@link #find}. */
    private int[] actorRank;

    public MutualisationFinder(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.taxonomy = knowledge.taxonomy();
    }

    /**
     * The groups of every theme, from the flows read in the order of their ids ({@code flowsById}), which
     * orders seeds of equal density; {@code actorRank} numbers actors (by their index) in the order of
     * their ids, which breaks ties.
     */
    public List<Group> find(MatchOptions options, FlowFacts[] flowsById, int[] actorRank) {
        this.actorRank = actorRank;
        List<Theme> themes = knowledge.themes();
        int total = themes.size();
        var done = new AtomicInteger();
        options.progress().report("grouping by theme", 0, total);
        List<FlowFacts> supplies = new ArrayList<>();
        List<FlowFacts> demands = new ArrayList<>();
        for (FlowFacts flow : flowsById) {
            (flow.flow().direction() == Direction.OUT ? supplies : demands).add(flow);
        }
        List<List<Member>> suppliesByTheme = members(themes, true, supplies);
        List<List<Member>> demandsByTheme = members(themes, false, demands);
        IntFunction<List<Member>> membersOf =
                t -> (themes.get(t).gathersSupplies() ? suppliesByTheme : demandsByTheme).get(t);
        // Themes are independent: grouped in parallel, the largest first so that no core is left with a
        // large one at the end; kept in the themes' order.
        Integer[] largestFirst = IntStream.range(0, total).boxed().toArray(Integer[]::new);
        Arrays.sort(
                largestFirst,
                Comparator.comparingInt((Integer t) -> -membersOf.apply(t).size()));
        @SuppressWarnings("unchecked")
        List<Group>[] byTheme = new List[total];
        Arrays.stream(largestFirst).parallel().forEach(t -> {
            Theme theme = themes.get(t);
            List<Member> members = membersOf.apply(t);
            byTheme[t] = distinctActors(members) >= theme.minActors() ? groups(theme, members, options) : List.of();
            options.progress().report("grouping by theme", done.incrementAndGet(), total);
        });
        List<Group> groups = new ArrayList<>();
        for (List<Group> found : byTheme) {
            groups.addAll(found);
        }
        return groups;
    }

    /**
     * For each theme (by its position; empty for themes of the other side), the flows that belong to it,
     * each with its best confidence among its families of the theme. One pass over the flows: which
     * themes a family belongs to is worked out once per family.
     */
    private List<List<Member>> members(List<Theme> themes, boolean supplies, List<FlowFacts> flows) {
        int[][] themesOfFamily = new int[taxonomy.listAll().size()][];
        for (ResourceFamily family : taxonomy.listAll()) {
            themesOfFamily[taxonomy.number(family.id())] = IntStream.range(0, themes.size())
                    .filter(t -> themes.get(t).gathersSupplies() == supplies)
                    .filter(t -> themes.get(t).families().stream().anyMatch(f -> taxonomy.isA(family.id(), f)))
                    .toArray();
        }
        List<List<Member>> members = new ArrayList<>();
        themes.forEach(theme -> members.add(new ArrayList<>()));
        double[] best = new double[themes.size()];
        int[] touched = new int[themes.size()];
        for (FlowFacts flow : flows) {
            int count = 0;
            for (Classification family : flow.families()) {
                for (int t : themesOfFamily[taxonomy.number(family.family())]) {
                    if (best[t] == 0) {
                        touched[count++] = t;
                    }
                    best[t] = Math.max(best[t], family.confidence());
                }
            }
            for (int k = 0; k < count; k++) {
                int t = touched[k];
                members.get(t).add(new Member(flow, best[t], members.get(t).size()));
                best[t] = 0;
            }
        }
        return members;
    }

    private static int distinctActors(List<Member> members) {
        var actors = new BitSet();
        members.forEach(m -> actors.set(m.actor().index()));
        return actors.cardinality();
    }

    /**
     * The theme's groups; {@code members} come in the order of their flows' ids, which orders seeds of
     * equal density.
     */
    private List<Group> groups(Theme theme, List<Member> members, MatchOptions options) {
        double radius = options.maxDistanceKm() == null
                ? theme.radiusKm()
                : Math.min(theme.radiusKm(), options.maxDistanceKm());
        var grid = new GeoGrid<Member>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            grid.add(m.actor().lat(), m.actor().lon(), m, i);
        }
        var places = new Places(grid.freeze());
        // Densest first, then in the order of ids: a number sorts faster than a comparator.
        // Each member's density on its own: a theme with many members is counted on every core.
        long[] seeds = new long[members.size()];
        IntStream.range(0, members.size()).parallel().forEach(i -> {
            int density = companiesInReach(grid, places, members.get(i), radius);
            seeds[i] = ((long) (MAX_GROUP_SIZE - density) << 32) | i;
        });
        Arrays.sort(seeds);
        var taken = new BitSet(members.size());
        List<Group> groups = new ArrayList<>();
        for (long key : seeds) {
            int s = (int) key;
            if (taken.get(s)) {
                continue;
            }
            Member seed = members.get(s);
            List<Member> group = neighbours(grid, places, seed, radius, taken);
            if (group.size() < theme.minActors()) {
                continue;
            }
            group.forEach(m -> {
                taken.set(m.number());
                grid.removeTagged(m.number());
            });
            groups.add(group(theme, seed, group, radius));
        }
        return groups;
    }

    /**
     * What scans of a grid of members read, in the grid's order: each member's number (its tag), its
     * company and its place on the unit sphere. Reading arrays in a row beats following each member to
     * its flow and its company.
     */
    private static final class Places {
        final int[] actor;
        final double[] x;
        final double[] y;
        final double[] z;

        Places(GeoGrid<Member> grid) {
            int size = grid.size();
            actor = new int[size];
            x = new double[size];
            y = new double[size];
            z = new double[size];
            for (int i = 0; i < size; i++) {
                ActorFacts a = grid.item(i).actor();
                actor[i] = a.index();
                x[i] = a.x();
                y[i] = a.y();
                z[i] = a.z();
            }
        }

        double distanceKm(ActorFacts from, int position) {
            return GeoPoint.distanceKmBetween(from.x(), from.y(), from.z(), x[position], y[position], z[position]);
        }
    }

    /**
     * What a thread's scans of a grid reuse: the cells of a ring, the window, and the actors met by a
     * seed's scan with their distances.
     */
    private static final class Scan {
        final GeoGrid.Cells cells = new GeoGrid.Cells();
        final GridWindow window = new GridWindow();
        final IntTable<Member> byActor = new IntTable<>();
        int[] actors = new int[64];
        double[] distances = new double[64];
        int count;
        /** The {@link #MAX_GROUP_SIZE} least distances met, as a heap with the greatest on top. */
        final double[] nearest = new double[MAX_GROUP_SIZE];

        int nearestCount;

        void start() {
            byActor.clear();
            count = 0;
            nearestCount = 0;
        }

        /** Records a company met at the given distance, once. */
        void meet(int actor, double distance) {
            if (count == actors.length) {
                actors = Arrays.copyOf(actors, 2 * count);
                distances = Arrays.copyOf(distances, 2 * count);
            }
            actors[count] = actor;
            distances[count++] = distance;
            if (nearestCount < MAX_GROUP_SIZE) {
                int i = nearestCount++;
                while (i > 0 && nearest[(i - 1) / 2] < distance) {
                    nearest[i] = nearest[(i - 1) / 2];
                    i = (i - 1) / 2;
                }
                nearest[i] = distance;
            } else if (distance < nearest[0]) {
                int i = 0;
                while (true) {
                    int child = 2 * i + 1;
                    if (child >= MAX_GROUP_SIZE) {
                        break;
                    }
                    if (child + 1 < MAX_GROUP_SIZE && nearest[child + 1] > nearest[child]) {
                        child++;
                    }
                    if (nearest[child] <= distance) {
                        break;
                    }
                    nearest[i] = nearest[child];
                    i = child;
                }
                nearest[i] = distance;
            }
        }

        /** The {@link #MAX_GROUP_SIZE}-th least distance met, infinite while fewer companies were met. */
        double groupReach() {
            return nearestCount < MAX_GROUP_SIZE ? Double.POSITIVE_INFINITY : nearest[0];
        }
    }

    private static final ThreadLocal<Scan> SCANS = ThreadLocal.withInitial(Scan::new);

    /**
     * One free member per actor within the radius of the seed (the first in the order of ids), the seed
     * first, then the nearest companies (by distance, then in the order of their ids) up to {@link
     * #MAX_GROUP_SIZE}.
     */
    private List<Member> neighbours(GeoGrid<Member> grid, Places places, Member seed, double radius, BitSet taken) {
        Scan scan = SCANS.get();
        scan.start();
        int seedActor = seed.actor().index();
        scan.byActor.putNew(seedActor, seed);
        scan.meet(seedActor, 0);
        GridWindow window = scan.window;
        boolean inReach = grid.window(seed.actor().lat(), seed.actor().lon(), radius, window);
        var cells = scan.cells;
        for (int ring = 0; inReach && ring <= window.lastRing(); ring++) {
            if (window.minDistanceKmFromRing(ring) > scan.groupReach()) {
                break;
            }
            grid.ringCells(window, ring, cells);
            for (int k = 0; k < cells.size; k++) {
                for (int i = cells.from[k]; i < cells.to[k]; i++) {
                    if (grid.isRemoved(i) || taken.get(grid.tag(i))) {
                        continue;
                    }
                    double d = places.distanceKm(seed.actor(), i);
                    if (d <= radius) {
                        // Members come in the order of their ids: the first of an actor is kept (the
                        // seed stays its actor's member); an actor's members share its place.
                        int actor = places.actor[i];
                        Member known = scan.byActor.get(actor);
                        if (known == null) {
                            scan.byActor.putNew(actor, grid.item(i));
                            scan.meet(actor, d);
                        } else if (actor != seedActor && grid.tag(i) < known.number()) {
                            scan.byActor.put(actor, grid.item(i));
                        }
                    }
                }
            }
        }
        // The nearest companies when more are in reach: those no farther than the group's reach, sorted.
        double reach = scan.groupReach();
        List<Integer> nearest = new ArrayList<>();
        for (int a = 1; a < scan.count; a++) {
            if (scan.distances[a] <= reach) {
                nearest.add(a);
            }
        }
        nearest.sort(Comparator.comparingDouble((Integer a) -> scan.distances[a])
                .thenComparingInt(a -> actorRank[scan.actors[a]]));
        List<Member> kept = new ArrayList<>(Math.min(MAX_GROUP_SIZE, nearest.size() + 1));
        kept.add(seed);
        for (int k = 0; k < nearest.size() && kept.size() < MAX_GROUP_SIZE; k++) {
            kept.add(scan.byActor.get(scan.actors[nearest.get(k)]));
        }
        return kept;
    }

    /** How many companies have a member within the radius of the seed's company, counted up to the group size cap. */
    private static int companiesInReach(GeoGrid<Member> grid, Places places, Member seed, double radius) {
        // At most MAX_GROUP_SIZE companies are told apart: a small array beats a set.
        int[] companies = new int[MAX_GROUP_SIZE];
        int count = 1;
        companies[0] = seed.actor().index();
        Scan scan = SCANS.get();
        GridWindow window = scan.window;
        boolean inReach = grid.window(seed.actor().lat(), seed.actor().lon(), radius, window);
        var cells = scan.cells;
        for (int ring = 0; inReach && ring <= window.lastRing(); ring++) {
            grid.ringCells(window, ring, cells);
            for (int k = 0; k < cells.size; k++) {
                for (int i = cells.from[k]; i < cells.to[k]; i++) {
                    int actor = places.actor[i];
                    if (!IntTable.containsFirst(companies, count, actor)
                            && places.distanceKm(seed.actor(), i) <= radius) {
                        companies[count++] = actor;
                        if (count == MAX_GROUP_SIZE) {
                            return count;
                        }
                    }
                }
            }
        }
        return count;
    }

    private Group group(Theme theme, Member seed, List<Member> members, double radius) {
        members.sort(Comparator.comparingInt(m -> actorRank[m.actor().index()]));
        double distance = 0;
        double confidence = 0;
        for (Member member : members) {
            distance += seed.actor().distanceKm(member.actor());
            confidence += member.confidence();
        }
        distance /= members.size();
        confidence /= members.size();
        double size = Math.min(1, (members.size() - theme.minActors() + 1) / 5.0);
        double score = confidence * (0.4 + 0.3 * size + 0.3 * (1 - Math.min(1, distance / radius)));
        return new Group(theme, members.stream().map(Member::flow).toList(), distance, confidence, score);
    }
}
