package org.symbiose.flows;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.symbiose.accounts.AccountRepository;
import org.symbiose.accounts.Role;
import org.symbiose.companies.Company;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.ids.InitiativeId;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * A company of ADETO created for one test, with a member account of its own (password "demo"), removed
 * afterwards with everything recorded about it, so that the shared demo data stays as it was.
 */
final class TestCompany implements AutoCloseable {

    final long id;
    final long initiativeId;
    final String member;
    private final JdbcClient jdbc;

    TestCompany(
            CompanyRepository companies,
            InitiativeRepository initiatives,
            AccountRepository accounts,
            PasswordEncoder passwords,
            JdbcClient jdbc,
            String name) {
        this.jdbc = jdbc;
        this.initiativeId = initiatives.getBySlug("adeto").id().value();
        Company company = companies.insert(new Company(
                null, new InitiativeId(initiativeId), null, name, null, null, "Menuiserie", 12, null, true, List.of()));
        this.id = company.id().value();
        this.member = "membre.test" + id;
        accounts.create(member, passwords.encode("demo"), Role.MEMBER, "Membre test " + id, List.of(), company.id());
    }

    /** Removes the member account, then the company (its flows, diagnostics and history go with it). */
    @Override
    public void close() {
        jdbc.sql("delete from account where username = ?").param(member).update();
        jdbc.sql("delete from company where id = ?").param(id).update();
    }
}
