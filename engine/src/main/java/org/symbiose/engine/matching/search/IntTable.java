package org.symbiose.engine.matching.search;

import java.util.Arrays;

/**
 * Values by int key, emptied in constant time: open addressing, each slot stamped with the generation
 * that filled it. For tables filled and emptied once per supply, millions of times, without boxing keys
 * or allocating entries.
 */
public final class IntTable<V> {
    private int[] keys = new int[32];
    private Object[] values = new Object[32];
    private int[] stamps = new int[32];
    private int stamp = 1;
    private int size;

    /** Empties the table. */
    void clear() {
        size = 0;
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(stamps, 0);
            stamp = 1;
        }
    }

    @SuppressWarnings("unchecked")
    V get(int key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); stamps[i] == stamp; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** Puts a value under a key, replacing the one it held if any. */
    void put(int key, V value) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); stamps[i] == stamp; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
        }
        putNew(key, value);
    }

    /** Puts a value under a key the table does not hold. */
    void putNew(int key, V value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (stamps[i] == stamp) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        stamps[i] = stamp;
        size++;
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        int[] oldStamps = stamps;
        int oldStamp = stamp;
        keys = new int[2 * oldKeys.length];
        values = new Object[keys.length];
        stamps = new int[keys.length];
        stamp = 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldStamps[i] == oldStamp) {
                @SuppressWarnings("unchecked")
                V value = (V) oldValues[i];
                putNew(oldKeys[i], value);
            }
        }
    }

    private static int slot(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    /**
     * Whether {@code value} is among the first {@code size} of {@code values}: for lists of a handful (a
     * supply's places, a group's members), where scanning costs less than any table.
     */
    static boolean containsFirst(int[] values, int size, int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
