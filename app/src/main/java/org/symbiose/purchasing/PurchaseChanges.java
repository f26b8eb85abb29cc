package org.symbiose.purchasing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbiose.collective.ActionChangeLog;

/** The change log of an initiative's group purchases, newest first, kept in {@code group_purchase_change}. */
@Repository
class PurchaseChanges extends ActionChangeLog {

    PurchaseChanges(JdbcClient jdbc) {
        super(jdbc, "group_purchase_change");
    }
}
