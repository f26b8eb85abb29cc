package org.symbiose.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a new account can be attached to: initiatives and companies, read directly so that accounts
 * do not depend on the features that own them.
 */
@Component
class AccountChoices {

    /** An option of a select: its id and the label shown. */
    record Choice(long id, String label) {}

    private final JdbcClient jdbc;

    AccountChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Choice> initiatives() {
        return jdbc.sql("select id, name from initiative order by lower(name)")
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** The companies of one initiative, for its facilitators' invitations of members. */
    List<Choice> companiesOf(long initiativeId) {
        return jdbc.sql("select id, name from company where initiative_id = ? order by lower(name)")
                .param(initiativeId)
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** An initiative by its slug: its id and name. */
    Optional<Choice> initiative(String slug) {
        return jdbc.sql("select id, name from initiative where slug = ?")
                .param(slug)
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    String slugOf(long initiativeId) {
        return jdbc.sql("select slug from initiative where id = ?")
                .param(initiativeId)
                .query(String.class)
                .single();
    }

    Optional<Long> initiativeOfCompany(long companyId) {
        return jdbc.sql("select initiative_id from company where id = ?")
                .param(companyId)
                .query(Long.class)
                .optional();
    }

    boolean isInitiative(Long id) {
        return id != null
                && jdbc.sql("select count(*) from initiative where id = ?")
                                .param(id)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    boolean isCompany(Long id) {
        return id != null
                && jdbc.sql("select count(*) from company where id = ?")
                                .param(id)
                                .query(Long.class)
                                .single()
                        > 0;
    }
}
