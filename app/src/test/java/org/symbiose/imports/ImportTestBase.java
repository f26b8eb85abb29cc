package org.symbiose.imports;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.symbiose.TestInitiative;
import org.symbiose.WebTestBase;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.flows.FlowRepository;

/**
 * A test of imports and exports: an empty initiative of its own ({@link ImportTestData#initiative}),
 * opened before each test and removed after it with all that was imported into it, and the repositories
 * that read what an import wrote.
 */
abstract class ImportTestBase extends WebTestBase {

    @Autowired
    protected CompanyRepository companies;

    @Autowired
    protected FlowRepository flows;

    /** The test's own initiative, empty until the test imports into it; its facilitator's password is demo. */
    protected TestInitiative initiative;

    @BeforeEach
    void openTheInitiative() throws Exception {
        initiative = ImportTestData.initiative(mvc, context);
    }

    @AfterEach
    void removeTheInitiative() {
        if (initiative != null) {
            initiative.close();
        }
    }
}
