package org.symbiose.reports;

import java.util.ArrayList;
import java.util.List;

/** Cuts a list into rows of a fixed width, for grid layouts that must also work in PDF tables. */
final class Rows {

    private Rows() {}

    static <T> List<List<T>> of(List<T> items, int width) {
        var rows = new ArrayList<List<T>>();
        for (int start = 0; start < items.size(); start += width) {
            rows.add(List.copyOf(items.subList(start, Math.min(items.size(), start + width))));
        }
        return rows;
    }
}
