package org.symbiose.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;
import org.symbiose.engine.flow.Direction;
import org.symbiose.engine.flow.FlowCategory;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.flows.Flow;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.ids.QuestionnaireId;

/** Questionnaires keep their rows, status, stamps and log, with an optimistic check, on H2 and PostgreSQL. */
class QuestionnaireRepositoryTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    static List<String> databases() {
        return TestDatabases.names();
    }

    JdbcClient jdbc;
    long initiative;
    long company;

    QuestionnaireRepository repository(String database) {
        jdbc = JdbcClient.create(TestDatabases.fresh(database));
        TestDatabases.insertNetwork(jdbc);
        initiative = TestDatabases.initiative(jdbc, "adeto");
        company = TestDatabases.company(jdbc, initiative, "Menuiserie du Var");
        return new QuestionnaireRepository(jdbc);
    }

    DeclaredFlow everyField(long companyId) {
        return DeclaredFlow.of(new Flow(
                null,
                new CompanyId(companyId),
                null,
                Direction.OUT,
                "Chaleur fatale « four n° 2 »",
                FlowCategory.HEAT,
                null,
                new BigDecimal("1234.5000"),
                Unit.MEGAWATT_HOUR,
                Period.MONTH,
                new BigDecimal("85.50"),
                true,
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 10, 31),
                "En été surtout"));
    }

    DeclaredFlow labelOnly(long companyId, String label) {
        return DeclaredFlow.of(new Flow(
                null,
                new CompanyId(companyId),
                null,
                Direction.IN,
                label,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    Questionnaire draft(long companyId, DeclaredFlow... rows) {
        return Questionnaire.start(
                        new CompanyId(companyId), new InitiativeId(initiative), new Stamp("membre.adeto", T0))
                .redraft(List.of(rows), T0);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsADraftWithEveryFieldOfItsRowsInOrder(String database) {
        QuestionnaireRepository repository = repository(database);
        Questionnaire draft = draft(company, everyField(company), labelOnly(company, "Cartons"));

        Questionnaire saved = repository.save(draft, 0);

        assertThat(saved.id()).isNotNull();
        assertThat(saved.version()).isEqualTo(1);
        Questionnaire loaded = repository.findById(saved.id()).orElseThrow();
        assertThat(loaded)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(saved);
        assertThat(loaded.rows().get(1).flow().period()).isEqualTo(Period.YEAR);
        assertThat(repository.findLatest(new CompanyId(company))).contains(loaded);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSaveFromAnOldVersionIsRefusedAndChangesNothing(String database) {
        QuestionnaireRepository repository = repository(database);
        Questionnaire saved = repository.save(draft(company, labelOnly(company, "Cartons")), 0);
        Questionnaire second = repository.save(saved.redraft(List.of(labelOnly(company, "Palettes")), T0), 1);

        assertThatThrownBy(() -> repository.save(saved.redraft(List.of(labelOnly(company, "Verre")), T0), 1))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(second.version()).isEqualTo(2);
        assertThat(repository.findById(saved.id()).orElseThrow().rows())
                .extracting(row -> row.flow().label())
                .containsExactly("Palettes");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCompanyHasOneOpenQuestionnaireAndANewOneAfterAcceptance(String database) {
        QuestionnaireRepository repository = repository(database);
        Questionnaire first = repository.save(draft(company, labelOnly(company, "Cartons")), 0);

        assertThatThrownBy(() -> repository.save(draft(company), 0))
                .isInstanceOf(OptimisticLockingFailureException.class);

        Questionnaire submitted = repository.save(first.submit(new Stamp("membre.adeto", T0.plusSeconds(60))), 1);
        Questionnaire accepted =
                repository.save(submitted.accept(new Stamp("animation.adeto", T0.plusSeconds(120))), 2);
        Questionnaire next = repository.save(draft(company), 0);

        assertThat(accepted.status()).isEqualTo(QuestionnaireStatus.ACCEPTED);
        assertThat(repository.findLatest(new CompanyId(company))).hasValueSatisfying(latest -> {
            assertThat(latest.id()).isEqualTo(next.id());
            assertThat(latest.status()).isEqualTo(QuestionnaireStatus.DRAFT);
        });
        Questionnaire reloaded = repository.findById(first.id()).orElseThrow();
        assertThat(reloaded.submitted()).isEqualTo(new Stamp("membre.adeto", T0.plusSeconds(60)));
        assertThat(reloaded.reviewed()).isEqualTo(new Stamp("animation.adeto", T0.plusSeconds(120)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listsAnInitiativesQuestionnairesSubmittedFirstAndNoDrafts(String database) {
        QuestionnaireRepository repository = repository(database);
        long menuiserie = company;
        long chaufferie = TestDatabases.company(jdbc, initiative, "Chaufferie");
        long brouillon = TestDatabases.company(jdbc, initiative, "Brouillon");
        long other = TestDatabases.company(jdbc, TestDatabases.initiative(jdbc, "piicto"), "Ailleurs");
        Stamp member = new Stamp("membre", T0.plusSeconds(60));
        Questionnaire returned = repository.save(draft(menuiserie, labelOnly(menuiserie, "Cartons")), 0);
        returned = repository.save(returned.submit(member), 1);
        repository.save(returned.sendBack(new Stamp("animation", T0.plusSeconds(90)), "Quelle quantité ?"), 2);
        Questionnaire submitted = repository.save(draft(chaufferie, labelOnly(chaufferie, "Bois")), 0);
        repository.save(submitted.submit(member), 1);
        repository.save(draft(brouillon, labelOnly(brouillon, "Verre")), 0);
        Questionnaire elsewhere = Questionnaire.start(new CompanyId(other), new InitiativeId(initiative + 1), member)
                .redraft(List.of(labelOnly(other, "Sable")), T0);
        repository.save(repository.save(elsewhere, 0).submit(member), 1);

        assertThat(repository.listForReview(new InitiativeId(initiative)))
                .extracting(Questionnaire::companyId, Questionnaire::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new CompanyId(chaufferie), QuestionnaireStatus.SUBMITTED),
                        org.assertj.core.groups.Tuple.tuple(new CompanyId(menuiserie), QuestionnaireStatus.RETURNED));
        assertThat(repository.listForReview(new InitiativeId(initiative)).get(1).returnComment())
                .isEqualTo("Quelle quantité ?");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsTheFlowsAcceptedRowsBecame(String database) {
        QuestionnaireRepository repository = repository(database);
        Questionnaire submitted =
                repository.save(draft(company, labelOnly(company, "Cartons")).submit(new Stamp("membre", T0)), 0);
        jdbc.sql("insert into flow (company_id, direction, label, period) values (?, 'IN', 'Cartons', 'YEAR')")
                .param(company)
                .update();
        long flowId = jdbc.sql("select max(id) from flow").query(Long.class).single();

        Questionnaire accepted =
                submitted.accept(new Stamp("animation", T0)).withAcceptedFlows(List.of(new FlowId(flowId)));
        repository.save(accepted, 1);

        assertThat(repository.findById(submitted.id()).orElseThrow().rows())
                .extracting(DeclaredFlow::acceptedFlowId)
                .containsExactly(new FlowId(flowId));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsTheLogLatestFirst(String database) {
        QuestionnaireRepository repository = repository(database);
        long id = repository.save(draft(company), 0).id().value();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        repository.record(
                new QuestionnaireId(id),
                new QuestionnaireEvent(now, "membre.adeto", QuestionnaireEvent.Action.SAVED, "1"));
        repository.record(
                new QuestionnaireId(id),
                new QuestionnaireEvent(
                        now.plusSeconds(5),
                        "animation.adeto",
                        QuestionnaireEvent.Action.RETURNED,
                        "Précisez « bois »"));

        assertThat(repository.log(new QuestionnaireId(id)))
                .containsExactly(
                        new QuestionnaireEvent(
                                now.plusSeconds(5),
                                "animation.adeto",
                                QuestionnaireEvent.Action.RETURNED,
                                "Précisez « bois »"),
                        new QuestionnaireEvent(now, "membre.adeto", QuestionnaireEvent.Action.SAVED, "1"));
    }
}
