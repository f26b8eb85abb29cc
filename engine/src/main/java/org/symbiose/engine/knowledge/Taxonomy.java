package org.symbiose.engine.knowledge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The resource families and their hierarchy. */
public final class Taxonomy {

    /** Distance limit when no family of the chain gives one, in km. */
    public static final double DEFAULT_MAX_DISTANCE_KM = 50;

    private final Map<String, ResourceFamily> families;
    private final Map<String, List<String>> ancestorsOrSelf = new HashMap<>();
    /** Each family's number: its position in {@link #listAll()}. */
    private final Map<String, Integer> numbers = new HashMap<>();
    /** {@code isA[n]} holds the numbers of family {@code n} and of its ancestors. */
    private final BitSet[] isA;
    /** {@code ancestorNumbers[n]}: the numbers of family {@code n} and of its ancestors, itself first. */
    private final int[][] ancestorNumbers;

    Taxonomy(Collection<ResourceFamily> families) {
        var byId = new LinkedHashMap<String, ResourceFamily>();
        for (ResourceFamily family : families) {
            if (byId.put(family.id(), family) != null) {
                throw new IllegalArgumentException("family " + family.id() + " is defined twice");
            }
        }
        this.families = byId;
        for (ResourceFamily family : families) {
            ancestorsOrSelf.put(family.id(), chain(family));
            numbers.put(family.id(), numbers.size());
        }
        isA = new BitSet[numbers.size()];
        ancestorNumbers = new int[numbers.size()][];
        for (ResourceFamily family : families) {
            var chain = new BitSet(numbers.size());
            ancestorsOrSelf.get(family.id()).forEach(ancestor -> chain.set(numbers.get(ancestor)));
            isA[numbers.get(family.id())] = chain;
            ancestorNumbers[numbers.get(family.id())] = ancestorsOrSelf.get(family.id()).stream()
                    .mapToInt(numbers::get)
                    .toArray();
        }
    }

    private List<String> chain(ResourceFamily family) {
        var chain = new ArrayList<String>();
        ResourceFamily current = family;
        while (current != null) {
            if (chain.contains(current.id())) {
                throw new IllegalArgumentException("family " + family.id() + " is its own ancestor");
            }
            chain.add(current.id());
            if (current.parentId() == null) {
                break;
            }
            ResourceFamily parent = families.get(current.parentId());
            if (parent == null) {
                throw new IllegalArgumentException(
                        "family " + current.id() + " has an unknown parent " + current.parentId());
            }
            current = parent;
        }
        return List.copyOf(chain);
    }

    public Optional<ResourceFamily> find(String id) {
        return Optional.ofNullable(families.get(id));
    }

    public ResourceFamily get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown resource family " + id));
    }

    public boolean contains(String id) {
        return families.containsKey(id);
    }

    public Collection<ResourceFamily> listAll() {
        return families.values();
    }

    /** The family itself, then its parent, up to the root. */
    public List<String> ancestorsOrSelf(String id) {
        List<String> chain = ancestorsOrSelf.get(id);
        if (chain == null) {
            throw new IllegalArgumentException("unknown resource family " + id);
        }
        return chain;
    }

    /** Whether {@code id} is {@code ancestor} or one of its descendants. */
    public boolean isA(String id, String ancestor) {
        return ancestorsOrSelf(id).contains(ancestor);
    }

    /** The family's number, from 0 to the number of families less one: for fast tests by {@link #isA(int, int)}. */
    public int number(String id) {
        Integer number = numbers.get(id);
        if (number == null) {
            throw new IllegalArgumentException("unknown resource family " + id);
        }
        return number;
    }

    /** {@link #ancestorsOrSelf(String)} by the families' {@link #number numbers}; not to be modified. */
    public int[] ancestorsOrSelf(int number) {
        return ancestorNumbers[number];
    }

    /** How many families there are: numbers run from 0 to this less one. */
    public int size() {
        return numbers.size();
    }

    /** {@link #isA(String, String)} by the families' {@link #number numbers}. */
    public boolean isA(int number, int ancestorNumber) {
        return isA[number].get(ancestorNumber);
    }

    /** The first distance limit found from the family up to its root, else {@link #DEFAULT_MAX_DISTANCE_KM}. */
    public double maxDistanceKm(String id) {
        for (String family : ancestorsOrSelf(id)) {
            Double limit = families.get(family).maxDistanceKm();
            if (limit != null) {
                return limit;
            }
        }
        return DEFAULT_MAX_DISTANCE_KM;
    }

    /** The direct children of a family. */
    public List<ResourceFamily> children(String id) {
        return families.values().stream().filter(f -> id.equals(f.parentId())).toList();
    }

    public ResourceKind kind(String id) {
        return get(id).kind();
    }

    /** Depth in the hierarchy: 0 for a root. */
    public int depth(String id) {
        return ancestorsOrSelf(id).size() - 1;
    }
}
