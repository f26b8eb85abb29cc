package org.symbiose.engine.nomenclature;

import java.util.NoSuchElementException;

/** A code asked for with {@code get} is not in the nomenclature; the web layer answers 404. */
public final class CodeNotFoundException extends NoSuchElementException {

    /** The nomenclature that was searched, so that a message can name it in the user's language. */
    public enum Nomenclature {
        WASTE("European List of Waste"),
        NAF("NAF rev. 2"),
        COMMUNE("communes of Provence-Alpes-Côte d'Azur"),
        EMISSION_FACTOR("emission factors");

        private final String englishName;

        Nomenclature(String englishName) {
            this.englishName = englishName;
        }
    }

    private final Nomenclature nomenclature;
    private final String code;

    public CodeNotFoundException(Nomenclature nomenclature, String code) {
        super("No code '" + code + "' in the " + nomenclature.englishName);
        this.nomenclature = nomenclature;
        this.code = code;
    }

    public Nomenclature nomenclature() {
        return nomenclature;
    }

    /** The code as it was asked for, before normalisation. */
    public String code() {
        return code;
    }
}
