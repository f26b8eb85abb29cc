package org.symbiose.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.BeanUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyChange;
import org.symbiose.companies.CompanyChangeLog;
import org.symbiose.companies.CompanyImportBatches;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.companies.Site;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.ExchangeReader;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.geo.GeoPoint;
import org.symbiose.engine.matching.Progress;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.flows.Flow;
import org.symbiose.flows.FlowChangeRepository;
import org.symbiose.flows.FlowRepository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.CompanyRecords;
import org.symbiose.impacts.FiguresService;

/**
 * An exchange-format dataset lands whole in an initiative: every actor as a company with its site, every
 * flow under its company, each reachable by its dataset id. On H2 and PostgreSQL.
 */
class DatasetImporterTest {

    static final ImportWriter.Author IMPORTER = new ImportWriter.Author("animation.adeto", "Animation ADETO");

    static final String ACTORS = """
            id;name;siret;naf;activity;employees;lat;lon;commune;zone;member
            a1;Menuiserie du Var;732 829 320 00074;16.23Z;menuiserie bois;12;;;Ollioules;Pôle d'activités de Toulon-Ouest;oui
            a2;Chaufferie urbaine;44321212000010;35.30Z;réseau de chaleur;4;43.1235;5.9312;;;non
            a3;Boulangerie Martin;;10.71C;;;;;;;
            """;

    static final String FLOWS = """
            id;actor_id;direction;label;category;ewc;quantity;unit;period;temperature_c;hazardous;available_from;available_to;notes
            f1;a1;out;sciure de bois;waste;03 01 05;12,5;t;month;;;2024-01-01;2024-12-31;benne de 30 m3
            f2;a2;in;combustible biomasse;material;;900;t;year;;;;;
            f3;a2;out;chaleur fatale;heat;;1 250;MWh;;65;non;;;"fumées, 65 °C"
            f4;a1;in;palettes;;;;;;;;;;
            """;

    static List<String> databases() {
        return TestDatabases.names();
    }

    JdbcClient jdbc;
    CompanyRepository companies;
    CompanyImportBatches companyBatches;
    FlowRepository flows;
    CompanyChangeLog companyHistory;
    FlowChangeRepository flowHistory;
    ImportRunRepository runs;

    DatasetImporter importer(String database) throws NoSuchMethodException {
        jdbc = JdbcClient.create(TestDatabases.fresh(database));
        TestDatabases.insertNetwork(jdbc);
        companies = repository(CompanyRepository.class);
        companyBatches = BeanUtils.instantiateClass(
                CompanyImportBatches.class.getDeclaredConstructor(JdbcClient.class, CompanyRepository.class),
                jdbc,
                companies);
        flows = org.symbiose.flows.JdbcFlowOwners.repository(jdbc);
        // The importer only tells the figures to forget what they computed: no figure source is needed.
        FiguresService figures = BeanUtils.instantiateClass(
                FiguresService.class.getDeclaredConstructor(CompanyRecords.class, List.class), null, List.of());
        companyHistory = repository(CompanyChangeLog.class);
        flowHistory = repository(FlowChangeRepository.class);
        runs = new ImportRunRepository(jdbc);
        return new DatasetImporter(
                new ImportWriter(companies, companyBatches, flows, companyHistory, flowHistory, runs, figures),
                null,
                companies,
                flows);
    }

    /** Repositories live in other packages with package-private constructors; build them as Spring would. */
    <T> T repository(Class<T> type) throws NoSuchMethodException {
        return BeanUtils.instantiateClass(type.getDeclaredConstructor(JdbcClient.class), jdbc);
    }

    static Dataset dataset() throws Exception {
        return new ExchangeReader().read(new StringReader(ACTORS), new StringReader(FLOWS));
    }

    Map<String, Flow> flowsByExternalId(Map<String, CompanyId> companyIds) {
        return companyIds.values().stream()
                .flatMap(company -> flows.listByCompany(company).stream())
                .collect(Collectors.toMap(Flow::externalId, Function.identity()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void importsEveryActorAsACompanyUnderItsExchangeId(String database) throws Exception {
        DatasetImporter importer = importer(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        Dataset dataset = dataset();

        DatasetImporter.Imported imported = importer.importInto(new InitiativeId(adeto), dataset);

        assertThat(imported.companyIds()).containsOnlyKeys("a1", "a2", "a3");
        assertThat(companies.idsByExternalId(new InitiativeId(adeto))).isEqualTo(imported.companyIds());
        assertThat(companies.listByInitiative(new InitiativeId(adeto)))
                .extracting(Company::name)
                .containsExactly("Boulangerie Martin", "Chaufferie urbaine", "Menuiserie du Var");

        Company menuiserie = companies.getById((imported.companyIds().get("a1")));
        assertThat(menuiserie.siret().value()).isEqualTo("73282932000074");
        assertThat(menuiserie.naf()).isEqualTo("16.23Z");
        assertThat(menuiserie.activity()).isEqualTo("menuiserie bois");
        assertThat(menuiserie.employees()).isEqualTo(12);
        assertThat(menuiserie.zone()).isEqualTo("Pôle d'activités de Toulon-Ouest");
        assertThat(menuiserie.member()).isTrue();
        GeoPoint ollioules = dataset.actors().get(0).location();
        assertThat(menuiserie.sites()).containsExactly(new Site("Menuiserie du Var", "83090", ollioules));

        Company chaufferie = companies.getById((imported.companyIds().get("a2")));
        assertThat(chaufferie.member()).isFalse();
        assertThat(chaufferie.sites())
                .containsExactly(new Site("Chaufferie urbaine", null, new GeoPoint(43.1235, 5.9312)));

        Company boulangerie = companies.getById((imported.companyIds().get("a3")));
        assertThat(boulangerie.siret()).isNull();
        assertThat(boulangerie.employees()).isNull();
        assertThat(boulangerie.sites())
                .as("an actor without location gets no site")
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void importsEveryFlowUnderItsCompanyAndExchangeId(String database) throws Exception {
        DatasetImporter importer = importer(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");

        DatasetImporter.Imported imported = importer.importInto(new InitiativeId(adeto), dataset());

        Map<String, Flow> saved = flowsByExternalId(imported.companyIds());
        assertThat(saved).containsOnlyKeys("f1", "f2", "f3", "f4");
        saved.forEach((externalId, flow) -> assertThat(flow.id())
                .as(externalId)
                .isEqualTo(imported.flowIds().get(externalId)));
        assertThat(flows.listByCompany(imported.companyIds().get("a1")))
                .extracting(Flow::externalId)
                .containsExactly("f1", "f4");
        assertThat(flows.listByCompany(imported.companyIds().get("a2")))
                .extracting(Flow::externalId)
                .containsExactly("f2", "f3");
        assertThat(flows.listByCompany(imported.companyIds().get("a3"))).isEmpty();

        Flow sawdust = saved.get("f1");
        assertThat(sawdust.direction()).isEqualTo(Direction.OUT);
        assertThat(sawdust.label()).isEqualTo("sciure de bois");
        assertThat(sawdust.category()).isEqualTo(FlowCategory.WASTE);
        assertThat(sawdust.ewc()).isEqualTo("030105");
        assertThat(sawdust.quantity()).isEqualByComparingTo("12.5");
        assertThat(sawdust.unit()).isEqualTo(Unit.TONNE);
        assertThat(sawdust.period()).isEqualTo(Period.MONTH);
        assertThat(sawdust.hazardous()).as("taken from the waste code").isFalse();
        assertThat(sawdust.availableFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(sawdust.availableTo()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(sawdust.notes()).isEqualTo("benne de 30 m3");

        Flow heat = saved.get("f3");
        assertThat(heat.category()).isEqualTo(FlowCategory.HEAT);
        assertThat(heat.quantity()).isEqualByComparingTo("1250");
        assertThat(heat.unit()).isEqualTo(Unit.MEGAWATT_HOUR);
        assertThat(heat.period()).isEqualTo(Period.YEAR);
        assertThat(heat.temperatureC()).isEqualByComparingTo("65");
        assertThat(heat.hazardous()).isFalse();
        assertThat(heat.notes()).isEqualTo("fumées, 65 °C");

        Flow pallets = saved.get("f4");
        assertThat(pallets.direction()).isEqualTo(Direction.IN);
        assertThat(pallets.category()).isNull();
        assertThat(pallets.quantity()).isNull();
        assertThat(pallets.hazardous()).as("not stated").isNull();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsTheSameDatasetImportedIntoTwoInitiativesApart(String database) throws Exception {
        DatasetImporter importer = importer(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        long ecopal = TestDatabases.initiative(jdbc, "ecopal");

        DatasetImporter.Imported first = importer.importInto(new InitiativeId(adeto), dataset());
        DatasetImporter.Imported second = importer.importInto(new InitiativeId(ecopal), dataset());

        assertThat(companies.idsByExternalId(new InitiativeId(adeto))).isEqualTo(first.companyIds());
        assertThat(companies.idsByExternalId(new InitiativeId(ecopal))).isEqualTo(second.companyIds());
        assertThat(second.companyIds().values())
                .doesNotContainAnyElementsOf(first.companyIds().values());
        assertThat(flowsByExternalId(second.companyIds()).values())
                .extracting(Flow::id)
                .containsExactlyInAnyOrderElementsOf(second.flowIds().values());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aConfirmedImportIsRecordedOnceAndWhatItCreatesPointsToItButTheDemoLoadIsNot(String database) throws Exception {
        DatasetImporter importer = importer(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        var author = new ImportWriter.Author("animation.adeto", "Animation ADETO", "adeto-2026.zip");

        importer.apply(importer.importPlanWithoutLabels(new InitiativeId(adeto), dataset()), author, Progress.SILENT);

        Company menuiserie = companies.listByInitiative(new InitiativeId(adeto)).stream()
                .filter(c -> c.externalId().equals("a1"))
                .findFirst()
                .orElseThrow();
        long importId = companyBatches.createdByImport(menuiserie.id()).orElseThrow();
        assertThat(runs.find(List.of(importId))).hasEntrySatisfying(importId, run -> {
            assertThat(run.username()).isEqualTo("animation.adeto");
            assertThat(run.displayName()).isEqualTo("Animation ADETO");
            assertThat(run.fileName()).isEqualTo("adeto-2026.zip");
        });
        assertThat(jdbc.sql("select companies_added, companies_changed, flows_added, flows_changed from import_run")
                        .query((rs, n) -> rs.getInt(1) + " " + rs.getInt(2) + " " + rs.getInt(3) + " " + rs.getInt(4))
                        .list())
                .as("one row for the whole import, with its counts")
                .containsExactly("3 0 4 0");
        for (Company company : companies.listByInitiative(new InitiativeId(adeto))) {
            assertThat(companyBatches.createdByImport(company.id())).contains(importId);
            assertThat(companyHistory.list(company.id()))
                    .as("no row per created company")
                    .isEmpty();
            assertThat(flowHistory.listByCompany(company.id(), 10))
                    .as("no row per created flow")
                    .isEmpty();
        }
        assertThat(flows.labelsByImport(menuiserie.id()))
                .containsExactly(Map.entry(importId, List.of("sciure de bois", "palettes")));

        long piicto = TestDatabases.initiative(jdbc, "piicto");
        importer.importInto(new InitiativeId(piicto), dataset());
        for (Company company : companies.listByInitiative(new InitiativeId(piicto))) {
            assertThat(companyBatches.createdByImport(company.id())).isEmpty();
            assertThat(companyHistory.list(company.id())).isEmpty();
            assertThat(flows.labelsByImport(company.id())).isEmpty();
            assertThat(flowHistory.listByCompany(company.id(), 10)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void rowsTypedByHandAreMatchedByTheIdsTheirExportGivesThemSoTheExportImportedBackChangesNothing(String database)
            throws Exception {
        DatasetImporter importer = importer(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        DatasetImporter.Imported imported = importer.importInto(new InitiativeId(adeto), dataset());
        CompanyId boulangerie = imported.companyIds().get("a3");
        FlowId palettes = imported.flowIds().get("f4");
        // As if typed by hand: no dataset id; the export names them "c<id>" and "f<id>".
        jdbc.sql("update company set external_id = null where id = ?")
                .param(boulangerie.value())
                .update();
        jdbc.sql("update flow set external_id = null where id = ?")
                .param(palettes.value())
                .update();
        Dataset exported = new ExchangeReader()
                .read(
                        new StringReader(ACTORS.replace("\na3;", "\nc" + boulangerie + ";")),
                        new StringReader(FLOWS.replace("\nf4;", "\nf" + palettes + ";")));

        ImportPlan plan = importer.importPlanWithoutLabels(new InitiativeId(adeto), exported);

        assertThat(plan.companies()).as("no company planned anew or changed").isEmpty();
        assertThat(plan.flows()).as("no flow planned anew or changed").isEmpty();
        assertThat(plan.changesNothing()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theSameFileTwiceChangesNothingTheSecondTime(String database) throws Exception {
        DatasetImporter importer = importer(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        importer.importInto(new InitiativeId(adeto), dataset());
        List<Company> before = companies.listByInitiative(new InitiativeId(adeto));
        List<Flow> flowsBefore = flows.listByInitiative(new InitiativeId(adeto));

        ImportPlan again = importer.importPlanWithoutLabels(new InitiativeId(adeto), dataset());

        assertThat(again.changesNothing()).isTrue();
        assertThat(again.companiesUnchanged()).isEqualTo(3);
        assertThat(again.flowsUnchanged()).isEqualTo(4);
        importer.importInto(new InitiativeId(adeto), dataset());
        assertThat(companies.listByInitiative(new InitiativeId(adeto))).isEqualTo(before);
        assertThat(flows.listByInitiative(new InitiativeId(adeto))).isEqualTo(flowsBefore);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aChangedFileUpdatesTheFieldsItChangesMatchesBySiretAndKeepsWhatItLacks(String database) throws Exception {
        DatasetImporter importer = importer(database);
        long adeto = TestDatabases.initiative(jdbc, "adeto");
        DatasetImporter.Imported first = importer.importInto(new InitiativeId(adeto), dataset());
        String actors = """
                id;name;siret;naf;activity;employees;lat;lon;commune;zone;member
                m1;Menuiserie du Var;73282932000074;16.23Z;menuiserie bois;15;;;Ollioules;Pôle d'activités de Toulon-Ouest;oui
                a2;Chaufferie urbaine;44321212000010;35.30Z;réseau de chaleur;4;43.1235;5.9312;;;non
                """;
        String flowsCsv = """
                id;actor_id;direction;label;category;ewc;quantity;unit;period;temperature_c;hazardous;available_from;available_to;notes
                f1;m1;out;sciure de bois;waste;03 01 05;14;t;month;;;2024-01-01;2024-12-31;benne de 30 m3
                f2;a2;in;combustible biomasse;material;;900;t;year;;;;;
                f9;a2;out;cendres;waste;;3;t;year;;;;;
                """;
        Dataset changed = new ExchangeReader().read(new StringReader(actors), new StringReader(flowsCsv));

        ImportPlan plan = importer.importPlanWithoutLabels(new InitiativeId(adeto), changed);

        assertThat(plan.companies()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ImportPlan.Kind.CHANGED);
            assertThat(c.company().id())
                    .as("matched by SIRET")
                    .isEqualTo(first.companyIds().get("a1"));
            assertThat(c.fields()).containsExactly("id", "employees");
        });
        assertThat(plan.flows())
                .extracting(f -> f.externalId() + ":" + f.kind() + f.fields())
                .containsExactly("f1:CHANGED[quantity]", "f9:NEW[]");
        assertThat(plan.companiesAbsent()).as("a3 is kept").isEqualTo(1);
        assertThat(plan.flowsAbsent()).as("f3 and f4 are kept").isEqualTo(2);

        importer.apply(plan, IMPORTER, org.symbiose.engine.matching.Progress.SILENT);

        Company menuiserie = companies.getById((first.companyIds().get("a1")));
        assertThat(menuiserie.externalId()).isEqualTo("m1");
        assertThat(menuiserie.employees()).isEqualTo(15);
        assertThat(companies.listByInitiative(new InitiativeId(adeto))).hasSize(3);
        assertThat(flows.listByInitiative(new InitiativeId(adeto))).hasSize(5);
        assertThat(flows.listByCompany(menuiserie.id()))
                .filteredOn(f -> f.externalId().equals("f1"))
                .singleElement()
                .satisfies(f -> assertThat(f.quantity()).isEqualByComparingTo("14"));
        assertThat(importer.importPlanWithoutLabels(new InitiativeId(adeto), changed)
                        .changesNothing())
                .isTrue();
        long importId = jdbc.sql("select id from import_run").query(Long.class).single();
        assertThat(companyHistory.list(menuiserie.id())).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo(CompanyChange.Action.IMPORTED);
            assertThat(change.username()).isEqualTo("animation.adeto");
            assertThat(change.displayName()).isEqualTo("Animation ADETO");
            assertThat(change.changes()).containsExactly(new CompanyChange.FieldChange("employees", "12", "15"));
            assertThat(change.importId()).isEqualTo(importId);
        });
        assertThat(flowHistory.listByCompany(menuiserie.id(), 10))
                .as("a changed flow keeps its field-level history, naming the import")
                .extracting(c -> c.action() + " " + c.flowLabel() + " " + c.changes() + " " + c.importId())
                .containsExactly("IMPORTED sciure de bois [FieldChange[field=quantity, before=12.5 TONNE MONTH,"
                        + " after=14 TONNE MONTH]] " + importId);
        assertThat(flowHistory.listByCompany(first.companyIds().get("a2"), 10))
                .as("a new flow gets no row of its own")
                .isEmpty();
        assertThat(flows.labelsByImport(first.companyIds().get("a2")))
                .containsExactly(Map.entry(importId, List.of("cendres")));
    }
}
