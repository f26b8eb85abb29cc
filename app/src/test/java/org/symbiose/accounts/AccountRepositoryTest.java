package org.symbiose.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.symbiose.TestDatabases;
import org.symbiose.ids.AccountId;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/** Accounts keep their role and their scope (initiatives, company) through a reload, on H2 and PostgreSQL. */
class AccountRepositoryTest {

    /** A BCrypt hash as the password encoder writes it; the repository never sees clear text. */
    static final String HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z1mr0eYAe3F6C0aP2x8Nl0bW";

    static List<String> databases() {
        return TestDatabases.names();
    }

    JdbcClient jdbc;

    AccountRepository repository(String database) {
        jdbc = JdbcClient.create(TestDatabases.fresh(database));
        TestDatabases.insertNetwork(jdbc);
        return new AccountRepository(jdbc);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void findsAFacilitatorWithTheInitiativesTheyRun(String database) {
        AccountRepository repository = repository(database);
        InitiativeId adeto = new InitiativeId(TestDatabases.initiative(jdbc, "adeto"));
        InitiativeId ecopal = new InitiativeId(TestDatabases.initiative(jdbc, "ecopal"));
        InitiativeId elsewhere = new InitiativeId(TestDatabases.initiative(jdbc, "ailleurs"));

        AccountId id =
                repository.create("claire", HASH, Role.FACILITATOR, "Claire Animatrice", List.of(adeto, ecopal), null);

        assertThat(repository.findByUsername("claire"))
                .contains(new SymbioseUser(
                        id, "claire", HASH, Role.FACILITATOR, "Claire Animatrice", Set.of(adeto, ecopal), null, true));
        SymbioseUser claire = repository.findByUsername("claire").orElseThrow();
        assertThat(claire.facilitates(adeto)).isTrue();
        assertThat(claire.facilitates(elsewhere)).isFalse();
        assertThat(claire.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_FACILITATOR");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void findsAMemberWithTheirCompany(String database) {
        AccountRepository repository = repository(database);
        CompanyId menuiserie = new CompanyId(
                TestDatabases.company(jdbc, TestDatabases.initiative(jdbc, "adeto"), "Menuiserie du Var"));

        repository.create("menuiserie", HASH, Role.MEMBER, "Menuiserie du Var", List.of(), menuiserie);

        SymbioseUser member = repository.findByUsername("menuiserie").orElseThrow();
        assertThat(member.role()).isEqualTo(Role.MEMBER);
        assertThat(member.companyId()).isEqualTo(menuiserie);
        assertThat(member.initiativeIds()).isEmpty();
        assertThat(member.isEnabled()).isTrue();
        assertThat(member.getPassword()).isEqualTo(HASH);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void findsNobodyUnderAnUnknownUsername(String database) {
        AccountRepository repository = repository(database);
        repository.create("reseau", HASH, Role.NETWORK, "Réseau régional", List.of(), null);

        assertThat(repository.findByUsername("inconnu")).isEmpty();
        assertThat(repository.findByUsername("RESEAU"))
                .as("usernames are case-sensitive")
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void refusesASecondAccountWithTheSameUsername(String database) {
        AccountRepository repository = repository(database);
        repository.create("claire", HASH, Role.NETWORK, "Claire", List.of(), null);

        assertThatThrownBy(() -> repository.create("claire", HASH, Role.MEMBER, "Autre Claire", List.of(), null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(repository.findByUsername("claire").orElseThrow().role()).isEqualTo(Role.NETWORK);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listsUsernamesAlphabetically(String database) {
        AccountRepository repository = repository(database);
        repository.create("reseau", HASH, Role.NETWORK, "Réseau", List.of(), null);
        repository.create("claire", HASH, Role.FACILITATOR, "Claire", List.of(), null);
        repository.create("menuiserie", HASH, Role.MEMBER, "Menuiserie", List.of(), null);

        assertThat(repository.listUsernames()).containsExactly("claire", "menuiserie", "reseau");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void summarisesEachAccountWithWhatItIsAttachedTo(String database) {
        AccountRepository repository = repository(database);
        InitiativeId adeto = new InitiativeId(TestDatabases.initiative(jdbc, "adeto"));
        InitiativeId ecopal = new InitiativeId(TestDatabases.initiative(jdbc, "ecopal"));
        CompanyId menuiserie = new CompanyId(TestDatabases.company(jdbc, adeto.value(), "Menuiserie du Var"));
        repository.create("reseau", HASH, Role.NETWORK, "Réseau régional", List.of(), null);
        repository.create("claire", HASH, Role.FACILITATOR, "Claire Animatrice", List.of(adeto, ecopal), null);
        repository.create("menuiserie", HASH, Role.MEMBER, "Contact menuiserie", List.of(), menuiserie);

        var initiatives = List.of(
                new InitiativeDirectory.Entry(adeto, "adeto", "ADETO"),
                new InitiativeDirectory.Entry(ecopal, "ecopal", "ECOPAL"));
        var companies = List.of(new CompanyDirectory.Entry(menuiserie, adeto, "Menuiserie du Var"));
        var lists = new AccountSummaries(repository, initiativeDirectory(initiatives), companyDirectory(companies));

        List<AccountRepository.AccountSummary> summaries = lists.all();

        assertThat(summaries)
                .extracting(AccountRepository.AccountSummary::username)
                .containsExactly("claire", "menuiserie", "reseau");
        assertThat(summaries.get(0).role()).isEqualTo(Role.FACILITATOR);
        assertThat(summaries.get(0).scope().split(", ")).containsExactlyInAnyOrder("ADETO", "ECOPAL");
        assertThat(summaries.get(1).scope())
                .as("the coordinator's list names a member's initiative, never its company")
                .isEqualTo("ADETO");
        assertThat(summaries.get(2).displayName()).isEqualTo("Réseau régional");
        assertThat(summaries.get(2).scope()).isNull();

        assertThat(lists.ofInitiative(adeto))
                .extracting(AccountRepository.AccountSummary::username, AccountRepository.AccountSummary::scope)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "claire", summaries.get(0).scope()),
                        org.assertj.core.groups.Tuple.tuple("menuiserie", "Menuiserie du Var"));
        assertThat(lists.ofInitiative(ecopal))
                .extracting(AccountRepository.AccountSummary::username)
                .containsExactly("claire");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anInvitedAccountHasNoPasswordAndCannotLogInUntilItsLinkIsUsed(String database) {
        AccountRepository repository = repository(database);
        InitiativeId adeto = new InitiativeId(TestDatabases.initiative(jdbc, "adeto"));
        AccountId id = repository.create("claire", null, Role.FACILITATOR, "Claire", List.of(adeto), null);
        var invitations = new InvitationRepository(jdbc);
        var now = java.time.Instant.parse("2026-03-02T09:00:00Z");

        assertThat(repository.findByUsername("claire").orElseThrow().isEnabled())
                .isFalse();
        assertThat(repository.listRows().get(0).pending()).isTrue();
        assertThat(repository.hasFacilitator(adeto)).isTrue();

        invitations.replace(id, "first", now, now.plus(java.time.Duration.ofDays(7)));
        invitations.replace(id, "second", now, now.plus(java.time.Duration.ofDays(7)));
        assertThat(invitations.findUsable("first", now)).as("replaced").isEmpty();
        var pending = invitations.findUsable("second", now).orElseThrow();
        assertThat(pending.username()).isEqualTo("claire");
        assertThat(invitations.findUsable("second", now.plus(java.time.Duration.ofDays(8))))
                .as("expired")
                .isEmpty();
        assertThat(invitations.use(pending.id(), now)).isTrue();
        assertThat(invitations.use(pending.id(), now)).as("single use").isFalse();
        assertThat(invitations.findUsable("second", now)).isEmpty();

        repository.changePassword("claire", HASH);
        assertThat(repository.findByUsername("claire").orElseThrow().isEnabled())
                .isTrue();
        repository.setEnabled("claire", false);
        assertThat(repository.findByUsername("claire").orElseThrow().isEnabled())
                .isFalse();
        assertThat(repository.hasFacilitator(adeto)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsTheAccountLogOfEachInitiative(String database) {
        repository(database);
        InitiativeId adeto = new InitiativeId(TestDatabases.initiative(jdbc, "adeto"));
        InitiativeId ecopal = new InitiativeId(TestDatabases.initiative(jdbc, "ecopal"));
        var log = new AccountLog(jdbc);
        var first = java.time.Instant.parse("2026-03-02T09:00:00Z");
        log.record(new AccountLog.Entry(first, "reseau", "claire", adeto, AccountLog.Action.INVITED, "FACILITATOR"));
        log.record(new AccountLog.Entry(
                first.plusSeconds(60), "claire", "claire", adeto, AccountLog.Action.PASSWORD_SET, "FACILITATOR"));
        log.record(new AccountLog.Entry(first, "reseau", "paul", ecopal, AccountLog.Action.INVITED, "FACILITATOR"));
        log.record(new AccountLog.Entry(first, "reseau", "autre", null, AccountLog.Action.INVITED, "NETWORK"));

        assertThat(log.listForInitiative(adeto))
                .extracting(AccountLog.Entry::action, AccountLog.Entry::actor, AccountLog.Entry::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                AccountLog.Action.PASSWORD_SET, "claire", first.plusSeconds(60)),
                        org.assertj.core.groups.Tuple.tuple(AccountLog.Action.INVITED, "reseau", first));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void changesThePasswordOfOneAccountOnly(String database) {
        AccountRepository repository = repository(database);
        repository.create("claire", HASH, Role.NETWORK, "Claire", List.of(), null);
        repository.create("paul", HASH, Role.NETWORK, "Paul", List.of(), null);
        String newHash = "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";

        repository.changePassword("claire", newHash);

        assertThat(repository.exists("claire")).isTrue();
        assertThat(repository.exists("inconnu")).isFalse();
        assertThat(repository.findByUsername("claire").orElseThrow().passwordHash())
                .isEqualTo(newHash);
        assertThat(repository.findByUsername("paul").orElseThrow().passwordHash())
                .isEqualTo(HASH);
    }

    /** The initiatives' directory as the initiatives feature answers it, over a fixed list. */
    private static InitiativeDirectory initiativeDirectory(List<InitiativeDirectory.Entry> entries) {
        return new InitiativeDirectory() {
            @Override
            public List<Entry> all() {
                return entries;
            }

            @Override
            public java.util.Optional<Entry> bySlug(String slug) {
                return entries.stream().filter(e -> e.slug().equals(slug)).findFirst();
            }

            @Override
            public java.util.Optional<Entry> byId(InitiativeId id) {
                return entries.stream().filter(e -> e.id().equals(id)).findFirst();
            }
        };
    }

    /** The companies' directory as the companies feature answers it, over a fixed list. */
    private static CompanyDirectory companyDirectory(List<CompanyDirectory.Entry> entries) {
        return new CompanyDirectory() {
            @Override
            public List<Entry> ofInitiative(InitiativeId initiativeId) {
                return entries.stream()
                        .filter(e -> e.initiativeId().equals(initiativeId))
                        .toList();
            }

            @Override
            public java.util.Optional<Entry> byId(CompanyId id) {
                return entries.stream().filter(e -> e.id().equals(id)).findFirst();
            }
        };
    }
}
