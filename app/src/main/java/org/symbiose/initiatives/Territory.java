package org.symbiose.initiatives;

import java.util.List;

/** The initiative's territory: its description, communes (INSEE codes) and business parks. */
public record Territory(Prose description, List<String> communes, List<BusinessPark> parks) {

    public Territory {
        description = description == null ? Prose.EMPTY : description;
        communes = Texts.items(communes);
        parks = List.copyOf(parks);
    }
}
