package org.symbiose.engine.knowledge;

import java.util.List;
import java.util.Map;

/**
 * Activity profiles by NAF code. The most specific row wins: a company in "10.71C" takes the row of
 * "10.71C", else "10.71", else "10.7", else the division "10".
 */
public final class ActivityProfiles {

    private final Map<String, ActivityProfile> byCode;

    ActivityProfiles(Map<String, ActivityProfile> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    public ActivityProfile of(String naf) {
        for (String code : prefixes(naf)) {
            ActivityProfile profile = byCode.get(code);
            if (profile != null) {
                return profile;
            }
        }
        return ActivityProfile.NONE;
    }

    /** "10.71C" gives ["10.71C", "10.71", "10.7", "10"]; NACE "10.71" gives ["10.71", "10.7", "10"]. */
    public static List<String> prefixes(String naf) {
        if (naf == null || naf.length() < 2) {
            return List.of();
        }
        String code = naf.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.length() >= 4 && code.charAt(2) != '.') {
            code = code.substring(0, 2) + "." + code.substring(2);
        }
        var prefixes = new java.util.ArrayList<String>();
        for (int length : new int[] {6, 5, 4, 2}) {
            if (code.length() >= length) {
                String prefix = code.substring(0, length);
                if (!prefixes.contains(prefix)) {
                    prefixes.add(prefix);
                }
            }
        }
        return prefixes;
    }

    public int size() {
        return byCode.size();
    }
}
