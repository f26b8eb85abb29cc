package org.symbiose.accounts;

/** What an account may do; see the roles of docs/product.md and the access table of ARCHITECTURE.md. */
public enum Role {
    /** Regional network coordinator: every initiative's sheet and aggregated figures; manages initiatives. */
    NETWORK,
    /** Facilitator (animateur·rice) of one or more initiatives: everything of those initiatives. */
    FACILITATOR,
    /** Contact of one member company: that company's data only. */
    MEMBER;

    public String authority() {
        return "ROLE_" + name();
    }
}
