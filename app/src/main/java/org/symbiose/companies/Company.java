package org.symbiose.companies;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.symbiose.engine.actor.Siret;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * A company taking part in an initiative. Its data is confidential to the initiative's facilitators
 * and to its own members. A company is archived, never deleted, so that its history, flows,
 * diagnostics and synergies stay; an archived company leaves the directory and the matching.
 *
 * @param id null until saved
 * @param externalId the company's id in the exchange format ({@code actors.csv}), null if created by hand
 * @param siret null when unknown
 * @param naf NAF rév. 2 sub-class ("10.71C"), null when unknown
 * @param employees headcount, null when unknown
 * @param zone business park the company is established in (one of the initiative's parks by its
 *     name, or a free zone), null when outside any
 * @param archivedOn the day it was archived, null while active
 */
public record Company(
        CompanyId id,
        InitiativeId initiativeId,
        String externalId,
        String name,
        Siret siret,
        String naf,
        String activity,
        Integer employees,
        String zone,
        boolean member,
        List<Site> sites,
        LocalDate archivedOn) {

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

    /** An active company, as imports and tests create them. */
    public Company(
            CompanyId id,
            InitiativeId initiativeId,
            String externalId,
            String name,
            Siret siret,
            String naf,
            String activity,
            Integer employees,
            String zone,
            boolean member,
            List<Site> sites) {
        this(id, initiativeId, externalId, name, siret, naf, activity, employees, zone, member, sites, null);
    }

    public boolean archived() {
        return archivedOn != null;
    }

    /** The same company under its database id. */
    Company withId(CompanyId newId) {
        return new Company(
                newId,
                initiativeId,
                externalId,
                name,
                siret,
                naf,
                activity,
                employees,
                zone,
                member,
                sites,
                archivedOn);
    }

    /** The same company archived on that day, or active again with null. */
    Company withArchivedOn(LocalDate day) {
        return new Company(
                id, initiativeId, externalId, name, siret, naf, activity, employees, zone, member, sites, day);
    }
}
