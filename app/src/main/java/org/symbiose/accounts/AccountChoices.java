package org.symbiose.accounts;

import java.util.List;
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

    List<Choice> companies() {
        return jdbc.sql("""
                        select c.id, i.name || ' — ' || c.name from company c
                        join initiative i on i.id = c.initiative_id order by lower(i.name), lower(c.name)""")
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
                .list();
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
