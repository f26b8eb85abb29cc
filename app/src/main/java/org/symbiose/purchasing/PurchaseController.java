package org.symbiose.purchasing;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.collective.CollectiveActionPages;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.ids.PurchaseId;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.web.FormProblems;

/**
 * An initiative's group purchases: the list, most recently launched first, and the forms to record,
 * change and delete one (the life cycle shared with events, {@link CollectiveActionPages}). For the
 * initiative's facilitators only: participants are companies, which the network coordinator does not
 * see.
 */
@Controller
@RequestMapping("/initiatives/{slug}/purchases")
class PurchaseController extends CollectiveActionPages<PurchaseId, GroupPurchase, PurchaseForm> {

    static final Names NAMES =
            new Names("purchases", "purchasing", "purchases", "purchases", "purchase", "participants");

    PurchaseController(
            InitiativeRepository initiatives,
            CompanyRepository companies,
            PurchaseService purchases,
            AccessPolicy access,
            FormProblems pages) {
        super(NAMES, PurchaseId::fromPath, initiatives, companies, purchases, access, pages);
    }

    @Override
    protected PurchaseForm blank() {
        return PurchaseForm.blank();
    }

    @Override
    protected PurchaseForm formOf(GroupPurchase purchase) {
        return PurchaseForm.of(purchase);
    }

    @Override
    protected void addChoices(Model model) {
        model.addAttribute("categories", PurchaseCategory.values());
        model.addAttribute("units", Unit.values());
        model.addAttribute("periods", Period.values());
    }
}
