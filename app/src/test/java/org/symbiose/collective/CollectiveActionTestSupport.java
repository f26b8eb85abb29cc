package org.symbiose.collective;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.WebTestBase;
import org.symbiose.ids.EntityId;
import org.symbiose.ids.InitiativeId;
import org.symbiose.impacts.FiguresService;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * What the tests of a kind of collective action (events, group purchases: decision 0034) share, as its
 * pages share their life cycle: they work in ADETO, and every action a test records has a title starting
 * with the test's {@link #title()} and is deleted after it, with its lines in the change log, so that the
 * demo data stays as it is. A kind's test names its {@link ActionKind}.
 */
public abstract class CollectiveActionTestSupport<I extends EntityId, A extends CollectiveAction<I>>
        extends WebTestBase {

    @Autowired
    protected InitiativeRepository initiatives;

    @Autowired
    protected FiguresService figures;

    @Autowired
    protected JdbcClient jdbc;

    protected InitiativeId adeto;

    private final ActionKind<I, A> kind;
    private final String title;

    /** The tests of a kind, whose actions' titles start with {@code title}. */
    protected CollectiveActionTestSupport(ActionKind<I, A> kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    /** The feature's repository. */
    protected ActionStore<I, A> store() {
        return context.getBean(kind.store());
    }

    /** How the titles of the test's actions start. */
    protected String title() {
        return title;
    }

    /** The list page of ADETO's actions of this kind ({@code /initiatives/adeto/events}). */
    protected String path() {
        return "/initiatives/adeto/" + kind.pages();
    }

    @BeforeEach
    void findAdeto() {
        adeto = initiatives.getBySlug("adeto").id();
    }

    @AfterEach
    void deleteTestActions() {
        for (A action : testActions()) {
            store().delete(
                            adeto,
                            action.id(),
                            store().version(adeto, action.id()).orElseThrow());
        }
        jdbc.sql("delete from " + kind.changeLog() + " where title like ?")
                .param(title() + "%")
                .update();
        figures.forgetAll();
    }

    /** ADETO's actions recorded by the test. */
    protected List<A> testActions() {
        return store().listByInitiative(adeto).stream()
                .filter(a -> a.title().startsWith(title()))
                .toList();
    }
}
