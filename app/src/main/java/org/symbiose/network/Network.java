package org.symbiose.network;

import java.util.List;
import org.symbiose.initiatives.Prose;

/** The regional network that federates initiatives and publishes the compendium. */
public record Network(
        long id, String name, String shortName, String compendiumTitle, Prose introduction, List<String> coordinators) {

    public Network {
        introduction = introduction == null ? Prose.EMPTY : introduction;
        coordinators = List.copyOf(coordinators);
    }
}
