package org.symbiose.initiatives;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds on the tables of an edit form. A form shows a table's rows and a few blank ones; a post that
 * names a row beyond them ({@code rows[100].label}), a negative or malformed index ({@code rows[-1]},
 * {@code rows[abc]}) comes from no page we served: it is refused before binding, so that it neither
 * crashes the binder (past Spring's limit of 256 rows) nor grows the table behind the editor's back.
 * The member's questionnaire bounds its rows the same way.
 */
public final class FormRows {

    /**
     * The most rows a table can be bound with when the editor's version is not the current one: their
     * form may have had more rows than it would have now; the save then ends in a conflict anyway.
     * Spring's binder grows a list up to 256 elements.
     */
    static final int MAX_ROWS = 256;

    private static final Pattern INDEXED = Pattern.compile("([A-Za-z]\\w*)\\[([^\\]]*)]");
    private static final Pattern INDEX = Pattern.compile("\\d{1,3}");

    private FormRows() {}

    /** The number of rows of each table of a form, by the name its fields use ({@code rows}, {@code parks}). */
    static Map<String, Integer> sizes(SheetForm form) {
        var sizes = new HashMap<String, Integer>();
        for (RecordComponent component : form.getClass().getRecordComponents()) {
            if (List.class.isAssignableFrom(component.getType())) {
                try {
                    sizes.put(
                            component.getName(),
                            ((List<?>) component.getAccessor().invoke(form)).size());
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read the table " + component.getName(), e);
                }
            }
        }
        return sizes;
    }

    /**
     * The first request parameter that names a row outside a table of the form, or a malformed row.
     *
     * @param sizes the rows each table may have, from {@link #sizes}
     */
    public static Optional<String> firstOutside(Iterable<String> parameters, Map<String, Integer> sizes) {
        for (String parameter : parameters) {
            Matcher indexed = INDEXED.matcher(parameter);
            if (!indexed.lookingAt() || !sizes.containsKey(indexed.group(1))) {
                continue;
            }
            String index = indexed.group(2);
            if (!INDEX.matcher(index).matches() || Integer.parseInt(index) >= sizes.get(indexed.group(1))) {
                return Optional.of(parameter);
            }
        }
        return Optional.empty();
    }

    /** Every table of the form allowed {@link #MAX_ROWS} rows. */
    static Map<String, Integer> atMost(Map<String, Integer> sizes) {
        var bounded = new HashMap<String, Integer>();
        sizes.keySet().forEach(table -> bounded.put(table, MAX_ROWS));
        return bounded;
    }
}
