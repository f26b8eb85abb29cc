package org.symbiose.accounts;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.InitiativeId;

/**
 * An initiative's accounts, for its facilitators only: who can reach its companies, every
 * invitation, new link and disabling of those accounts (whoever did it, the coordinator included),
 * and the invitation of new facilitators and company members.
 */
@Controller
@RequestMapping("/initiatives/{slug}/accounts")
class InitiativeAccountController {

    private final AccountRepository accounts;
    private final AccountSummaries summaries;
    private final AccountChoices choices;
    private final Invitations invitations;
    private final AccountLog log;
    private final AccessPolicy access;
    private final Clock clock;

    InitiativeAccountController(
            AccountRepository accounts,
            AccountSummaries summaries,
            AccountChoices choices,
            Invitations invitations,
            AccountLog log,
            AccessPolicy access,
            Clock clock) {
        this.accounts = accounts;
        this.summaries = summaries;
        this.choices = choices;
        this.invitations = invitations;
        this.log = log;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    String accounts(@PathVariable String slug, Model model) {
        return page(model, initiative(slug), AccountForm.empty(Role.MEMBER));
    }

    @PostMapping
    String invite(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        InitiativeDirectory.Entry initiative = initiative(slug);
        if (!errors.hasFieldErrors("username") && accounts.exists(form.username())) {
            errors.rejectValue("username", "account.error.taken");
        }
        if (form.role() == Role.NETWORK) {
            errors.rejectValue("role", "account.error.networkByCoordinator");
        }
        boolean ownCompany = form.companyId() != null
                && form.companyId() > 0
                && choices.initiativeOfCompany(new CompanyId(form.companyId()))
                        .filter(initiative.id()::equals)
                        .isPresent();
        if (form.role() == Role.MEMBER && !ownCompany) {
            errors.rejectValue("companyId", "account.error.company");
        }
        if (errors.hasErrors()) {
            return page(model, initiative, form);
        }
        var account = new AccountForm(
                form.username(),
                form.displayName(),
                form.role(),
                initiative.id().value(),
                form.companyId());
        redirect.addFlashAttribute(
                "invitation",
                InvitationController.ShownLink.of(invitations.invite(access.currentUser(), account.toNewAccount())));
        return "redirect:/initiatives/" + slug + "/accounts";
    }

    @PostMapping("/{username}/link")
    String newLink(@PathVariable String slug, @PathVariable String username, RedirectAttributes redirect) {
        SymbioseUser account = ofInitiative(initiative(slug), username);
        redirect.addFlashAttribute(
                "invitation", InvitationController.ShownLink.of(invitations.newLink(access.currentUser(), account)));
        return "redirect:/initiatives/" + slug + "/accounts";
    }

    @PostMapping("/{username}/disable")
    String disable(@PathVariable String slug, @PathVariable String username, RedirectAttributes redirect) {
        invitations.setEnabled(access.currentUser(), ofInitiative(initiative(slug), username), false);
        redirect.addFlashAttribute("message", "account.disabled");
        return "redirect:/initiatives/" + slug + "/accounts";
    }

    @PostMapping("/{username}/enable")
    String enable(@PathVariable String slug, @PathVariable String username, RedirectAttributes redirect) {
        invitations.setEnabled(access.currentUser(), ofInitiative(initiative(slug), username), true);
        redirect.addFlashAttribute("message", "account.enabled");
        return "redirect:/initiatives/" + slug + "/accounts";
    }

    private String page(Model model, InitiativeDirectory.Entry initiative, AccountForm form) {
        model.addAttribute("initiative", initiative);
        model.addAttribute("slug", choices.slugOf(initiative.id()));
        model.addAttribute("form", form);
        model.addAttribute("accounts", summaries.ofInitiative(initiative.id()));
        model.addAttribute("log", log.listForInitiative(initiative.id()));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("roles", List.of(Role.MEMBER, Role.FACILITATOR));
        model.addAttribute("companies", choices.companiesOf(initiative.id()));
        return "accounts/initiative-accounts";
    }

    /** The initiative, when the current user facilitates it (403 otherwise, 404 when unknown). */
    private InitiativeDirectory.Entry initiative(String slug) {
        InitiativeDirectory.Entry initiative =
                choices.initiative(slug).orElseThrow(() -> new AccountNotFoundException(slug));
        access.requireCompanies(initiative.id());
        return initiative;
    }

    /**
     * Another account whose whole scope lies within the initiatives the current facilitator runs
     * (a facilitator of two initiatives is managed by someone who runs both), or 404.
     */
    private SymbioseUser ofInitiative(InitiativeDirectory.Entry initiative, String username) {
        SymbioseUser actor = access.currentUser();
        return accounts.findByUsername(username)
                .filter(account -> !account.id().equals(actor.id()))
                .filter(account -> {
                    List<InitiativeId> scope = invitations.scopeOf(account);
                    return scope.contains(initiative.id())
                            && actor.initiativeIds().containsAll(scope);
                })
                .orElseThrow(() -> new AccountNotFoundException(username));
    }
}
