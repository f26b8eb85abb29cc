package org.symbiose.purchasing;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.symbiose.collective.CollectiveActionAccessTestSupport;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.PurchaseId;

/**
 * Every group-purchase page for every role ({@link CollectiveActionAccessTestSupport}): only ADETO's
 * facilitators read and write ADETO's operations; the coordinator is refused too, since participants are
 * companies.
 */
class PurchaseAccessTest extends CollectiveActionAccessTestSupport<PurchaseId, GroupPurchase> {

    PurchaseAccessTest() {
        super(PurchaseFormTest.PURCHASES, "Achat de test des accès");
    }

    @Autowired
    GroupPurchaseRepository purchases;

    @Override
    protected PurchaseId record() {
        return purchases.insert(new GroupPurchase(
                null,
                adeto,
                title(),
                PurchaseCategory.PPE,
                LocalDate.of(2024, 5, 2),
                null,
                null,
                null,
                List.of(new CompanyId(company))));
    }

    @Override
    protected MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title) {
        return request.param("category", "PPE")
                .param("title", title)
                .param("launchedOn", "2024-05-03")
                .param("volumePeriod", "YEAR")
                .param("participants", String.valueOf(company));
    }
}
