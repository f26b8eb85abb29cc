package org.symbiose.initiatives;

import java.util.List;

/** Strategic and technical steering, partners and links with local public policies. */
public record Governance(
        List<String> strategic, List<String> technical, List<String> partners, List<String> publicPolicies) {

    public Governance {
        strategic = Texts.items(strategic);
        technical = Texts.items(technical);
        partners = Texts.items(partners);
        publicPolicies = Texts.items(publicPolicies);
    }
}
