package org.symbiose.nomenclatures;

import org.springframework.stereotype.Component;
import org.symbiose.engine.nomenclature.WasteCatalogue;
import org.symbiose.engine.nomenclature.WasteCode;

/** Display form of List-of-Waste codes for templates: {@code ${@wasteCodes.display('160104')}} -> "16 01 04*". */
@Component("wasteCodes")
public class WasteCodes {

    private final WasteCatalogue waste = WasteCatalogue.load();

    public String display(String code) {
        if (code == null) {
            return "";
        }
        return waste.find(code).map(WasteCode::display).orElse(code);
    }
}
