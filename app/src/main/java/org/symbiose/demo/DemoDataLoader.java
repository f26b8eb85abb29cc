package org.symbiose.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.symbiose.accounts.AccountRepository;
import org.symbiose.accounts.Role;
import org.symbiose.demo.DemoContent.InitiativeData;
import org.symbiose.engine.exchange.DatasetException;
import org.symbiose.engine.exchange.ExchangeReader;
import org.symbiose.events.Event;
import org.symbiose.events.EventKind;
import org.symbiose.events.EventRepository;
import org.symbiose.flows.DiagnosticKind;
import org.symbiose.flows.FlowDiagnostic;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.imports.DatasetImporter;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.initiatives.Prose;
import org.symbiose.network.Network;
import org.symbiose.network.NetworkRepository;
import org.symbiose.purchasing.GroupPurchase;
import org.symbiose.purchasing.GroupPurchaseRepository;
import org.symbiose.purchasing.PurchaseCategory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo network on first start of the {@code demo} profile: the eight initiatives of the
 * regional compendium, fictional companies for ADETO and PIICTO, and the demo accounts (password
 * {@code demo}). Does nothing when initiatives already exist.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final NetworkRepository networks;
    private final InitiativeRepository initiatives;
    private final DatasetImporter importer;
    private final FlowRepository flows;
    private final EventRepository events;
    private final GroupPurchaseRepository purchases;
    private final DemoSynergies synergies;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final JsonMapper json;
    private final FiguresService figures;
    private final Clock clock;

    DemoDataLoader(
            NetworkRepository networks,
            InitiativeRepository initiatives,
            DatasetImporter importer,
            FlowRepository flows,
            EventRepository events,
            GroupPurchaseRepository purchases,
            DemoSynergies synergies,
            AccountRepository accounts,
            PasswordEncoder passwords,
            JsonMapper json,
            FiguresService figures,
            Clock clock) {
        this.networks = networks;
        this.initiatives = initiatives;
        this.importer = importer;
        this.flows = flows;
        this.events = events;
        this.purchases = purchases;
        this.synergies = synergies;
        this.accounts = accounts;
        this.passwords = passwords;
        this.json = json;
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException, DatasetException {
        if (!initiatives.isEmpty()) {
            return;
        }
        DemoContent content;
        try (InputStream in = new ClassPathResource("demo/initiatives.json").getInputStream()) {
            content = json.readValue(in, DemoContent.class);
        }
        var n = content.network();
        long networkId = networks.insert(new Network(
                0, n.name(), n.shortName(), n.compendiumTitle(), Prose.of(n.introduction()), n.coordinators()));
        for (InitiativeData data : content.initiatives()) {
            Initiative saved = initiatives.save(DemoInitiatives.toInitiative(data, clock.instant()), networkId);
            InitiativeId id = saved.id();
            var imported = importDataset(data.slug(), id);
            synergies.insert(id, data.synergies(), imported);
            insertActivity(id, data, imported.companyIds());
            createAccounts(data.slug(), id, imported.companyIds());
        }
        accounts.create(
                "reseau",
                passwords.encode(DEMO_PASSWORD),
                Role.NETWORK,
                "Coordination du réseau régional",
                List.of(),
                null);
        figures.forgetAll();
        log.info("Demo data loaded: {} initiatives", content.initiatives().size());
    }

    private DatasetImporter.Imported importDataset(String slug, InitiativeId initiativeId)
            throws IOException, DatasetException {
        var actors = new ClassPathResource("demo/datasets/" + slug + "/actors.csv");
        var flowsCsv = new ClassPathResource("demo/datasets/" + slug + "/flows.csv");
        if (!actors.exists()) {
            return new DatasetImporter.Imported(Map.of(), Map.of());
        }
        try (Reader a = new InputStreamReader(actors.getInputStream(), StandardCharsets.UTF_8);
                Reader f = new InputStreamReader(flowsCsv.getInputStream(), StandardCharsets.UTF_8)) {
            return importer.importInto(initiativeId, new ExchangeReader().read(a, f));
        }
    }

    private void insertActivity(InitiativeId initiativeId, InitiativeData data, Map<String, CompanyId> companyIds) {
        for (var d : DemoInitiatives.list(data.diagnostics())) {
            flows.insertDiagnostic(new FlowDiagnostic(
                    null,
                    company(companyIds, d.actor()),
                    DiagnosticKind.valueOf(d.kind()),
                    d.theme(),
                    LocalDate.parse(d.date()),
                    d.charterSigned()));
        }
        for (var e : DemoInitiatives.list(data.events())) {
            events.insert(new Event(
                    null,
                    initiativeId,
                    EventKind.valueOf(e.kind()),
                    e.title(),
                    LocalDate.parse(e.date()),
                    null,
                    e.communeInsee(),
                    e.notes(),
                    DemoInitiatives.list(e.attendees()).stream()
                            .map(a -> company(companyIds, a))
                            .toList()));
        }
        for (var p : DemoInitiatives.list(data.groupPurchases())) {
            purchases.insert(new GroupPurchase(
                    null,
                    initiativeId,
                    p.title(),
                    PurchaseCategory.valueOf(p.category()),
                    LocalDate.parse(p.date()),
                    p.notes(),
                    null,
                    null,
                    DemoInitiatives.list(p.participants()).stream()
                            .map(a -> company(companyIds, a))
                            .toList()));
        }
    }

    private void createAccounts(String slug, InitiativeId initiativeId, Map<String, CompanyId> companyIds) {
        if (!slug.equals("adeto") && !slug.equals("piicto")) {
            return;
        }
        accounts.create(
                "animation." + slug,
                passwords.encode(DEMO_PASSWORD),
                Role.FACILITATOR,
                "Animation " + slug.toUpperCase(),
                List.of(initiativeId),
                null);
        if (slug.equals("adeto")) {
            accounts.create(
                    "membre.adeto",
                    passwords.encode(DEMO_PASSWORD),
                    Role.MEMBER,
                    "Membre ADETO",
                    List.of(),
                    company(companyIds, "a1"));
        }
    }

    static CompanyId company(Map<String, CompanyId> companyIds, String externalId) {
        return Objects.requireNonNull(companyIds.get(externalId), () -> "demo data names unknown actor " + externalId);
    }
}
