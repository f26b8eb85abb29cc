package org.symbiose.initiatives;

/**
 * A contact of the initiative by role. Personal names, e-mails and phones are deliberately not part
 * of the model: a sheet names a function and an organisation.
 */
public record Contact(String role, String organisation, String website) {

    public Contact {
        role = Texts.required(role, "contact role");
        organisation = Texts.required(organisation, "contact organisation");
        website = Texts.optional(website);
    }
}
