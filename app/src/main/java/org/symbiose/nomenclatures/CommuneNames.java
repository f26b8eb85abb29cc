package org.symbiose.nomenclatures;

import org.springframework.stereotype.Component;
import org.symbiose.engine.nomenclature.Commune;
import org.symbiose.engine.nomenclature.CommuneCatalogue;

/** Commune names for templates: {@code ${@communeNames.of('83126')}} gives "La Seyne-sur-Mer". */
@Component("communeNames")
public class CommuneNames {

    private final CommuneCatalogue communes = CommuneCatalogue.load();

    /** The commune's name, or the code itself when unknown, or "" for null. */
    public String of(String inseeCode) {
        if (inseeCode == null) {
            return "";
        }
        return communes.find(inseeCode).map(Commune::name).orElse(inseeCode);
    }
}
