package org.symbiose.purchasing;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.companies.CompanyRepository;
import org.symbiose.engine.quantity.Period;
import org.symbiose.engine.quantity.Unit;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.web.FormProblems;
import org.symbiose.web.RefusedRequestException;

/**
 * An initiative's group purchases: the list, most recently launched first, and the forms to record,
 * change and delete one. For the initiative's facilitators only: participants are companies, which
 * the network coordinator does not see.
 */
@Controller
@RequestMapping("/initiatives/{slug}/purchases")
class PurchaseController {

    /** Flash attribute holding the confirmation shown on the list after a write. */
    static final String FLASH = "flash";

    private final InitiativeRepository initiatives;
    private final CompanyRepository companies;
    private final PurchaseService purchases;
    private final AccessPolicy access;
    private final FormProblems pages;

    PurchaseController(
            InitiativeRepository initiatives,
            CompanyRepository companies,
            PurchaseService purchases,
            AccessPolicy access,
            FormProblems pages) {
        this.initiatives = initiatives;
        this.companies = companies;
        this.purchases = purchases;
        this.access = access;
        this.pages = pages;
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        Initiative initiative = facilitated(slug);
        long id = initiative.id().value();
        model.addAttribute("initiative", initiative);
        model.addAttribute("purchases", purchases.list(id));
        model.addAttribute("companyNames", companies.namesByInitiative(id));
        model.addAttribute("changes", purchases.changes(id));
        return "purchasing/list";
    }

    @GetMapping("/new")
    String create(@PathVariable String slug, Model model) {
        return form(model, facilitated(slug), null, PurchaseForm.blank(), List.of());
    }

    @PostMapping
    String create(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") PurchaseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Initiative initiative = facilitated(slug);
        checked(initiative, form, result);
        if (result.hasErrors()) {
            return form(model, initiative, null, form, pages.of(result, locale));
        }
        purchases.create(
                form.toPurchase(null, initiative.id().value()),
                access.currentUser().username());
        redirect.addFlashAttribute(
                FLASH, pages.message("purchases.saved", locale, form.title().strip()));
        return "redirect:/initiatives/{slug}/purchases";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable long id, Model model) {
        Initiative initiative = facilitated(slug);
        GroupPurchase purchase = purchase(initiative, id);
        model.addAttribute("version", purchases.version(initiative.id().value(), id));
        return form(model, initiative, purchase, PurchaseForm.of(purchase), List.of());
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam int version,
            @Valid @ModelAttribute("form") PurchaseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Initiative initiative = facilitated(slug);
        GroupPurchase purchase = purchase(initiative, id);
        checked(initiative, form, result);
        model.addAttribute("version", version);
        if (result.hasErrors()) {
            return form(model, initiative, purchase, form, pages.of(result, locale));
        }
        String actor = access.currentUser().username();
        if (!purchases.update(form.toPurchase(id, initiative.id().value()), version, actor)) {
            // Changed or deleted by someone else since the form was loaded: the form again, input kept.
            model.addAttribute("conflict", true);
            model.addAttribute("version", purchases.version(initiative.id().value(), id));
            return form(model, initiative, purchase, form, List.of());
        }
        redirect.addFlashAttribute(
                FLASH, pages.message("purchases.saved", locale, form.title().strip()));
        return "redirect:/initiatives/{slug}/purchases";
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable String slug, @PathVariable long id, Model model) {
        Initiative initiative = facilitated(slug);
        model.addAttribute("initiative", initiative);
        model.addAttribute("purchase", purchase(initiative, id));
        model.addAttribute("version", purchases.version(initiative.id().value(), id));
        return "purchasing/delete";
    }

    @PostMapping("/{id}/delete")
    String delete(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Initiative initiative = facilitated(slug);
        GroupPurchase purchase = purchase(initiative, id);
        if (!purchases.delete(purchase, version, access.currentUser().username())) {
            // Changed by someone else since the confirmation was shown: asked again, as it is now.
            model.addAttribute("initiative", initiative);
            model.addAttribute("purchase", purchase(initiative, id));
            model.addAttribute("version", purchases.version(initiative.id().value(), id));
            model.addAttribute("conflict", true);
            return "purchasing/delete";
        }
        redirect.addFlashAttribute(FLASH, pages.message("purchases.deleted", locale, purchase.title()));
        return "redirect:/initiatives/{slug}/purchases";
    }

    /**
     * Refuses a form naming a company that is not one of the initiative's (a forged post: the form
     * offers only those) with a 400, then makes the checks the annotations cannot.
     */
    private void checked(Initiative initiative, PurchaseForm form, BindingResult result) {
        if (form == null || result.getTarget() == null || result.hasFieldErrors("participants")) {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "events.error.unreadable");
        }
        companies.firstOutside(initiative.id().value(), form.participants()).ifPresent(company -> {
            throw new RefusedRequestException(HttpStatus.BAD_REQUEST, "purchases.error.foreignCompany", company);
        });
        form.check(result);
    }

    private String form(
            Model model, Initiative initiative, GroupPurchase purchase, PurchaseForm form, List<String> problems) {
        model.addAttribute("initiative", initiative);
        model.addAttribute("purchase", purchase);
        model.addAttribute("form", form);
        model.addAttribute("categories", PurchaseCategory.values());
        model.addAttribute("units", Unit.values());
        model.addAttribute("periods", Period.values());
        model.addAttribute(
                "companies", companies.listByInitiative(initiative.id().value()));
        model.addAttribute("problems", problems);
        return "purchasing/form";
    }

    private Initiative facilitated(String slug) {
        Initiative initiative = initiatives.getBySlug(slug);
        access.requireCompanies(initiative.id().value());
        return initiative;
    }

    private GroupPurchase purchase(Initiative initiative, long id) {
        return purchases.find(initiative.id().value(), id).orElseThrow(() -> notFound(id));
    }

    private static RefusedRequestException notFound(long id) {
        return new RefusedRequestException(HttpStatus.NOT_FOUND, "purchases.error.notFound", id);
    }
}
