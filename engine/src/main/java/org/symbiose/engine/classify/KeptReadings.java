package org.symbiose.engine.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.symbiose.engine.knowledge.Taxonomy;

/**
 * Which of a label's readings by its words are kept, best first: each family read by its best name, less those
 * whose words all belong to a longer name read more surely, less the broad families a narrower one read about
 * as well says more precisely (see {@link FamilyClassifier}).
 */
final class KeptReadings {

    private KeptReadings() {}

    /**
     * The kept readings of a label.
     *
     * @param best each family's best reading
     * @param places which of the label's words each family's best name took (bit i: word i, the first 64)
     */
    static List<Classification> of(Map<String, Classification> best, Map<String, Long> places, Taxonomy taxonomy) {
        return preferSpecific(withoutWordsOfALongerName(best, places), taxonomy);
    }

    /**
     * The readings but those whose words all belong to a longer name another family was read by, more surely:
     * "soude" of "hydrogène de l'électrolyse chlore-soude" names the process the hydrogen comes from, not
     * caustic soda; "drêches" of "drêches végétales d'extraction" is no brewers' grain.
     */
    private static List<Classification> withoutWordsOfALongerName(
            Map<String, Classification> best, Map<String, Long> places) {
        List<Classification> kept = new ArrayList<>(best.size());
        for (Classification reading : best.values()) {
            long own = places.get(reading.family());
            boolean inALongerName = false;
            for (Classification other : best.values()) {
                long theirs = places.get(other.family());
                if (other != reading
                        && other.confidence() > reading.confidence()
                        && (own & theirs) == own
                        && theirs != own) {
                    inALongerName = true;
                    break;
                }
            }
            if (!inALongerName) {
                kept.add(reading);
            }
        }
        return kept;
    }

    /** When a family and one of its descendants both match about as well, the descendant says more. */
    private static List<Classification> preferSpecific(List<Classification> found, Taxonomy taxonomy) {
        int[] numbers =
                found.stream().mapToInt(c -> taxonomy.number(c.family())).toArray();
        boolean[] general = new boolean[numbers.length];
        for (int g = 0; g < numbers.length; g++) {
            for (int s = 0; s < numbers.length && !general[g]; s++) {
                general[g] = numbers[s] != numbers[g]
                        && taxonomy.isA(numbers[s], numbers[g])
                        && found.get(s).confidence() >= found.get(g).confidence() - 0.1;
            }
        }
        // Most confident first, then the deepest, then by name: depths read once, not at every comparison.
        List<Integer> kept = new ArrayList<>();
        int[] depth = new int[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            if (!general[i]) {
                kept.add(i);
                depth[i] = taxonomy.ancestorsOrSelf(numbers[i]).length;
            }
        }
        List<Classification> all = found;
        kept.sort((a, b) -> {
            int byConfidence =
                    Double.compare(all.get(b).confidence(), all.get(a).confidence());
            if (byConfidence != 0) {
                return byConfidence;
            }
            int byDepth = Integer.compare(depth[b], depth[a]);
            return byDepth != 0
                    ? byDepth
                    : all.get(a).family().compareTo(all.get(b).family());
        });
        found = new ArrayList<>(kept.size());
        for (int i : kept) {
            found.add(all.get(i));
        }
        return List.copyOf(found);
    }
}
