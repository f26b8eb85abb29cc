package org.symbiose.initiatives;

import java.util.List;

/** Methods of collective animation and communication tools. */
public record Animation(List<String> methods, List<String> communicationTools) {

    public Animation {
        methods = Texts.items(methods);
        communicationTools = Texts.items(communicationTools);
    }
}
