package org.symbiose.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbiose.ids.AccountId;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * The principal holds typed ids and may be kept in the HTTP session (written and read back by Java
 * serialisation when sessions are persisted or replicated): it must come back equal.
 */
class SymbioseUserTest {

    @Test
    void aPrincipalWithTypedIdsSurvivesSerialisation() throws Exception {
        var facilitator = new SymbioseUser(
                new AccountId(7),
                "animation.adeto",
                "$2a$10$hash",
                Role.FACILITATOR,
                "Animation ADETO",
                Set.of(new InitiativeId(1), new InitiativeId(4)),
                null,
                true);
        var member = new SymbioseUser(
                new AccountId(8), "membre.adeto", null, Role.MEMBER, "Membre", Set.of(), new CompanyId(12), true);

        for (SymbioseUser user : new SymbioseUser[] {facilitator, member}) {
            var bytes = new ByteArrayOutputStream();
            try (var out = new ObjectOutputStream(bytes)) {
                out.writeObject(user);
            }
            try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                assertThat(in.readObject()).isEqualTo(user);
            }
        }
        assertThat(facilitator.facilitates(new InitiativeId(4))).isTrue();
        assertThat(facilitator.facilitates(new InitiativeId(2))).isFalse();
    }
}
