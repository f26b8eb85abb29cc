package org.symbiose.initiatives;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The sections of the experience sheet that can be edited, in the order of the sheet, each with its
 * form and the anchor of the sheet page where it shows.
 */
enum SheetSection {
    IDENTITY("identity", "description", IdentityForm::of),
    CARRIER("carrier", "identity", CarrierForm::of),
    OBJECTIVES("objectives", "objectives", ObjectivesForm::of),
    KEY_FIGURES("key-figures", "key-figures", KeyFiguresForm::of),
    STAGES("stages", "stages", StagesForm::of),
    MEANS("means", "means", MeansForm::of),
    GOVERNANCE("governance", "governance", GovernanceForm::of),
    ANIMATION("animation", "animation", AnimationForm::of);

    private final String path;
    private final String anchor;
    private final BiFunction<Initiative, Locale, SheetForm> prefill;

    SheetSection(String path, String anchor, BiFunction<Initiative, Locale, SheetForm> prefill) {
        this.path = path;
        this.anchor = anchor;
        this.prefill = prefill;
    }

    /** The last segment of the edit URL: {@code /initiatives/adeto/edit/key-figures}. */
    String path() {
        return path;
    }

    /** The id of the section on the sheet page, where saving returns to. */
    String anchor() {
        return anchor;
    }

    String template() {
        return "initiatives/edit-" + path;
    }

    /** The form filled in with what the initiative says now. */
    SheetForm formOf(Initiative initiative, Locale locale) {
        return prefill.apply(initiative, locale);
    }

    static Optional<SheetSection> findByPath(String path) {
        return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst();
    }

    static List<String> paths() {
        return Arrays.stream(values()).map(SheetSection::path).toList();
    }
}
