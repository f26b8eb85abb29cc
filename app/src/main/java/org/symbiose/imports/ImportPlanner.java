package org.symbiose.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.symbiose.companies.Company;
import org.symbiose.companies.Site;
import org.symbiose.engine.actor.Siret;
import org.symbiose.engine.exchange.Actor;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.DatasetError;
import org.symbiose.engine.exchange.DatasetException;
import org.symbiose.engine.exchange.ExchangeReader;
import org.symbiose.engine.exchange.FlowRecord;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.matching.Progress;
import org.symbiose.engine.nomenclature.CommuneCatalogue;
import org.symbiose.engine.nomenclature.WasteCatalogue;
import org.symbiose.flows.Flow;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.imports.ImportPlan.CompanyChange;
import org.symbiose.imports.ImportPlan.FlowChange;
import org.symbiose.imports.ImportPlan.Kind;

/**
 * Compares a dataset with an initiative's saved companies and flows. A company is the one with the file's
 * id ({@code external_id}) or, when no saved company has that id, the one with the same SIRET; a flow is
 * the one of its company with the same id. Values are compared as the database keeps them (quantities to
 * 4 decimals, temperatures to 2), so a file imported twice changes nothing the second time.
 */
final class ImportPlanner {

    static final String STAGE = "planning";

    /** The code of the error told by the imports' bundle ({@code imports.error.code.siret-taken}). */
    static final String SIRET_TAKEN = "siret-taken";

    private final LabelReader labels;

    /** @param labels null to leave labels unread (the demo data, loaded at start) */
    ImportPlanner(LabelReader labels) {
        this.labels = labels;
    }

    /**
     * @throws DatasetException when an actor's SIRET is another actor's or another saved company's: an
     *     establishment is recorded once per initiative (V11)
     */
    ImportPlan plan(InitiativeId initiativeId, Dataset dataset, SavedData saved, Progress progress)
            throws DatasetException {
        Map<String, Company> companyOf = matchCompanies(dataset.actors(), saved.companies());
        refuseSiretsTaken(dataset.actors(), companyOf, saved.companies());
        var companyChanges = new ArrayList<CompanyChange>();
        int companiesUnchanged = 0;
        for (Actor actor : dataset.actors()) {
            Company before = companyOf.get(actor.id());
            CompanyChange change = compare(initiativeId, actor, before);
            if (change.kind() == Kind.UNCHANGED) {
                companiesUnchanged++;
            } else {
                companyChanges.add(change);
            }
        }
        Map<CompanyId, Map<String, Flow>> savedFlows = new HashMap<>();
        for (Flow flow : saved.flows()) {
            // A flow typed by hand is matched by the id its export gives it ("f" and its database id).
            savedFlows
                    .computeIfAbsent(flow.companyId(), k -> new HashMap<>())
                    .putIfAbsent(InitiativeDataset.exportedId(flow), flow);
        }
        var flowChanges = new ArrayList<FlowChange>();
        var unreadable = new ArrayList<FlowChange>();
        var matchedFlows = new HashSet<FlowId>();
        int flowsUnchanged = 0;
        long done = 0;
        for (FlowRecord record : dataset.flows()) {
            Company company = companyOf.get(record.actorId());
            Flow before = company == null
                    ? null
                    : savedFlows.getOrDefault(company.id(), Map.of()).get(record.id());
            if (before != null) {
                matchedFlows.add(before.id());
            }
            FlowChange change = compare(record, company, before, labels == null ? null : labels.read(record));
            if (change.kind() == Kind.UNCHANGED) {
                flowsUnchanged++;
            } else {
                flowChanges.add(change);
            }
            if (labels != null && change.reading() == null) {
                unreadable.add(change);
            }
            if (++done % 1000 == 0) {
                progress.report(STAGE, done, dataset.flows().size());
            }
        }
        Set<Long> matchedCompanies = new HashSet<>();
        companyOf.values().forEach(c -> matchedCompanies.add(c.id().value()));
        return new ImportPlan(
                initiativeId,
                saved.fingerprint(),
                companyChanges,
                companiesUnchanged,
                saved.companies().size() - matchedCompanies.size(),
                flowChanges,
                flowsUnchanged,
                saved.flows().size() - matchedFlows.size(),
                unreadable);
    }

    /**
     * Refuses a SIRET written twice in the file, or held by a saved company other than the one the actor
     * updates: each error names the line (the actor's record, the header being line 1) and the holder.
     */
    private static void refuseSiretsTaken(List<Actor> actors, Map<String, Company> companyOf, List<Company> saved)
            throws DatasetException {
        Map<String, Company> savedBySiret = new HashMap<>();
        for (Company company : saved) {
            if (company.siret() != null) {
                savedBySiret.put(company.siret().value(), company);
            }
        }
        Map<String, Actor> inFile = new HashMap<>();
        var errors = new ArrayList<DatasetError>();
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            if (actor.siret() == null) {
                continue;
            }
            Siret siret = Siret.parse(actor.siret());
            Actor earlier = inFile.putIfAbsent(siret.value(), actor);
            Company holder = savedBySiret.get(siret.value());
            Company own = companyOf.get(actor.id());
            String other = earlier != null
                    ? earlier.name()
                    : holder != null && (own == null || !holder.id().equals(own.id())) ? holder.name() : null;
            if (other != null) {
                errors.add(new DatasetError(
                        ExchangeReader.ACTORS, i + 2L, "siret", SIRET_TAKEN, siret.formatted(), other));
            }
        }
        if (!errors.isEmpty()) {
            throw new DatasetException(errors);
        }
    }

    /** The saved company of each actor: by id first, then by SIRET among those not matched by id. */
    private static Map<String, Company> matchCompanies(List<Actor> actors, List<Company> companies) {
        Map<String, Company> byId = new HashMap<>();
        Map<String, Company> bySiret = new HashMap<>();
        for (Company company : companies) {
            if (company.externalId() != null) {
                byId.put(company.externalId(), company);
            }
        }
        // A company typed by hand is matched by the id its export gives it ("c" and its database id).
        for (Company company : companies) {
            byId.putIfAbsent(InitiativeDataset.exportedId(company), company);
        }
        Map<String, Company> result = new HashMap<>();
        Set<Company> taken = new HashSet<>();
        for (Actor actor : actors) {
            Company found = byId.get(actor.id());
            if (found != null) {
                result.put(actor.id(), found);
                taken.add(found);
            }
        }
        for (Company company : companies) {
            if (company.siret() != null && !taken.contains(company)) {
                bySiret.putIfAbsent(company.siret().value(), company);
            }
        }
        for (Actor actor : actors) {
            if (!result.containsKey(actor.id()) && actor.siret() != null) {
                Company found = bySiret.remove(Siret.parse(actor.siret()).value());
                if (found != null) {
                    result.put(actor.id(), found);
                }
            }
        }
        return result;
    }

    private static CompanyChange compare(InitiativeId initiativeId, Actor actor, Company before) {
        Site site = actor.location() == null && actor.communeInsee() == null
                ? null
                : new Site(actor.name(), actor.communeInsee(), actor.location());
        Company after = new Company(
                before == null ? null : before.id(),
                initiativeId,
                actor.id(),
                actor.name(),
                actor.siret() == null ? null : Siret.parse(actor.siret()),
                actor.naf(),
                actor.activity(),
                actor.employees(),
                actor.zone(),
                actor.member(),
                site == null ? List.of() : List.of(site));
        if (before == null) {
            return new CompanyChange(Kind.NEW, actor.id(), after, List.of());
        }
        var fields = new ArrayList<String>();
        differs(fields, "id", InitiativeDataset.exportedId(before), after.externalId());
        differs(fields, "name", before.name(), after.name());
        differs(fields, "siret", before.siret(), after.siret());
        differs(fields, "naf", before.naf(), after.naf());
        differs(fields, "activity", before.activity(), after.activity());
        differs(fields, "employees", before.employees(), after.employees());
        differs(fields, "zone", before.zone(), after.zone());
        differs(fields, "member", before.member(), after.member());
        Site first = before.sites().isEmpty() ? null : before.sites().get(0);
        boolean siteChanges = site != null
                && (first == null
                        || !Objects.equals(first.communeInsee(), site.communeInsee())
                        || !samePlace(first, site));
        if (siteChanges) {
            fields.add("commune");
        }
        if (fields.isEmpty()) {
            return new CompanyChange(Kind.UNCHANGED, actor.id(), before, List.of());
        }
        Company written = siteChanges ? after : withoutSites(after);
        return new CompanyChange(Kind.CHANGED, actor.id(), written, fields, before);
    }

    /**
     * Whether the hazard read is only what the waste code says: the reader takes a blank {@code hazardous}
     * from the code's asterisk, and a flow saved with the hazard left blank is exported blank; that is no
     * change.
     */
    private static boolean hazardFromCode(String ewc, Boolean read) {
        return ewc != null
                && read != null
                && WasteCatalogue.load()
                        .find(ewc)
                        .map(code -> code.hazardous() == read)
                        .orElse(false);
    }

    /**
     * Whether the file places the site where it is saved. A site saved with its commune and no coordinates
     * is exported without coordinates, and the reader places it at its commune's point: that is the same
     * place, not a change (an initiative's own export imported back changes nothing).
     */
    private static boolean samePlace(Site saved, Site read) {
        if (Objects.equals(saved.point(), read.point())) {
            return true;
        }
        return saved.point() == null
                && read.point() != null
                && saved.communeInsee() != null
                && CommuneCatalogue.load()
                        .find(saved.communeInsee())
                        .map(c -> new GeoPoint(c.latitude(), c.longitude()).equals(read.point()))
                        .orElse(false);
    }

    private static Company withoutSites(Company c) {
        return new Company(
                c.id(),
                c.initiativeId(),
                c.externalId(),
                c.name(),
                c.siret(),
                c.naf(),
                c.activity(),
                c.employees(),
                c.zone(),
                c.member(),
                List.of());
    }

    private static FlowChange compare(FlowRecord record, Company company, Flow before, LabelReading reading) {
        Flow after = new Flow(
                before == null ? null : before.id(),
                company == null ? null : company.id(),
                record.id(),
                record.direction(),
                record.label(),
                record.category(),
                record.ewc(),
                scaled(record.quantity(), 4),
                record.unit(),
                record.period(),
                scaled(record.temperatureC(), 2),
                record.hazardous(),
                record.availableFrom(),
                record.availableTo(),
                record.notes());
        if (before == null) {
            return new FlowChange(Kind.NEW, record.actorId(), record.id(), after, List.of(), reading);
        }
        var fields = new ArrayList<String>();
        differs(fields, "direction", before.direction(), after.direction());
        differs(fields, "label", before.label(), after.label());
        differs(fields, "category", before.category(), after.category());
        differs(fields, "ewc", before.ewc(), after.ewc());
        differs(fields, "quantity", before.quantity(), after.quantity());
        differs(fields, "unit", before.unit(), after.unit());
        differs(fields, "period", before.period(), after.period());
        differs(fields, "temperature_c", before.temperatureC(), after.temperatureC());
        if (!(before.hazardous() == null && hazardFromCode(after.ewc(), after.hazardous()))) {
            differs(fields, "hazardous", before.hazardous(), after.hazardous());
        }
        differs(fields, "available_from", before.availableFrom(), after.availableFrom());
        differs(fields, "available_to", before.availableTo(), after.availableTo());
        differs(fields, "notes", before.notes(), after.notes());
        if (fields.isEmpty()) {
            return new FlowChange(Kind.UNCHANGED, record.actorId(), record.id(), after, fields, reading);
        }
        return new FlowChange(Kind.CHANGED, record.actorId(), record.id(), after, fields, reading, before);
    }

    private static void differs(List<String> fields, String column, Object before, Object after) {
        boolean same = before instanceof BigDecimal a && after instanceof BigDecimal b
                ? a.compareTo(b) == 0
                : Objects.equals(before, after);
        if (!same) {
            fields.add(column);
        }
    }

    /** A decimal as a {@code numeric(p, scale)} column keeps it. */
    private static BigDecimal scaled(Double value, int scale) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
