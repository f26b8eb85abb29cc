package org.symbiose.companies;

import java.util.List;
import java.util.Objects;
import org.symbiose.engine.actor.Siret;

/**
 * A company taking part in an initiative. Its data is confidential to the initiative's facilitators
 * and to its own members.
 *
 * @param id null until saved
 * @param externalId the company's id in the exchange format ({@code actors.csv}), null if created by hand
 * @param siret null when unknown
 * @param naf NAF rév. 2 sub-class ("10.71C"), null when unknown
 * @param employees headcount, null when unknown
 * @param zone business park the company is established in, null when outside any
 */
public record Company(
        CompanyId id,
        long initiativeId,
        String externalId,
        String name,
        Siret siret,
        String naf,
        String activity,
        Integer employees,
        String zone,
        boolean member,
        List<Site> sites) {

    public Company {
        Objects.requireNonNull(name, "company name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("company name must not be blank");
        }
        if (employees != null && employees < 0) {
            throw new IllegalArgumentException("employees must not be negative");
        }
        sites = List.copyOf(sites);
    }
}
