package org.symbiose.flows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.symbiose.WebTestBase;
import org.symbiose.accounts.AccountRepository;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.initiatives.InitiativeRepository;

/** Full-stack tests of the flows feature: each works on an ADETO company of its own, removed afterwards. */
abstract class FlowTestBase extends WebTestBase {

    @Autowired
    CompanyRepository companies;

    @Autowired
    InitiativeRepository initiatives;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FlowRepository flows;

    TestCompany company;

    @BeforeEach
    void createCompany() {
        company = new TestCompany(
                companies,
                initiatives,
                accounts,
                passwords,
                jdbc,
                "Entreprise de " + getClass().getSimpleName());
    }

    @AfterEach
    void removeCompany() {
        company.close();
    }
}
