package org.symbiose.engine.matching.search;

import java.util.Arrays;

/**
 * The searches of one supply, the least advanced first (least {@link LookupSearch#covered}); among
 * equals, the one that may score best ({@link LookupSearch#boundAtLimit}), to raise the bar early. A
 * binary heap on the searches' own fields: the supply's search takes a search from it at every ring, and
 * a general priority queue's comparator calls were a tenth of the search's time at a million flows.
 */
final class SearchQueue {
    private LookupSearch[] heap;
    private int size;

    SearchQueue(int capacity) {
        heap = new LookupSearch[Math.max(1, capacity)];
    }

    /** Empties the queue (a search ended early by a failure may have left searches in it). */
    void clear() {
        Arrays.fill(heap, 0, size, null);
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    LookupSearch peek() {
        return size == 0 ? null : heap[0];
    }

    void add(LookupSearch search) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, 2 * size);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(search, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = search;
    }

    LookupSearch poll() {
        if (size == 0) {
            return null;
        }
        LookupSearch first = heap[0];
        LookupSearch last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            int i = 0;
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                int right = child + 1;
                if (right < size && before(heap[right], heap[child])) {
                    child = right;
                }
                if (!before(heap[child], last)) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = last;
        }
        return first;
    }

    /** Whether {@code a} comes strictly before {@code b}. */
    private static boolean before(LookupSearch a, LookupSearch b) {
        return a.covered < b.covered || a.covered == b.covered && a.boundAtLimit > b.boundAtLimit;
    }
}
