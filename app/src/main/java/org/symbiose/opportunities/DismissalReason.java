package org.symbiose.opportunities;

import java.util.Locale;
import org.symbiose.web.InvalidParameterException;

/**
 * Why a facilitator sets a proposal aside, from the reasons the seed's sheets give for abandoned
 * synergies; {@link #OTHER} needs the facilitator's words, the others may have them.
 */
enum DismissalReason {
    ALREADY_IN_PLACE,
    NOT_FEASIBLE,
    COMPANY_REFUSED,
    TOO_FAR,
    QUANTITIES,
    OTHER;

    /** The page's key of this reason's label. */
    public String messageKey() {
        return "opportunities.reason." + name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a reason code given by a form or the API ({@code null} or blank: {@link #OTHER}).
     *
     * @throws InvalidParameterException naming {@code field} when the code is not one of the list
     */
    static DismissalReason parse(String code, String field) {
        if (code == null || code.isBlank()) {
            return OTHER;
        }
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(field, "opportunities.reason.unknown", code);
        }
    }
}
