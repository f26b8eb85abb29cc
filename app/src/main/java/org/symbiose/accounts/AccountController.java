package org.symbiose.accounts;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbiose.ids.InitiativeId;

/**
 * The network coordinator's accounts: network accounts, and the first facilitator of an initiative
 * that has none. Once an initiative has a facilitator, its own accounts are its facilitators' to
 * invite ({@link InitiativeAccountController}): the coordinator never gets an account that reaches
 * company data. The coordinator may disable any account but their own.
 */
@Controller
class AccountController {

    private final AccountRepository accounts;
    private final AccountSummaries summaries;
    private final AccountChoices choices;
    private final Invitations invitations;
    private final AccessPolicy access;

    AccountController(
            AccountRepository accounts,
            AccountSummaries summaries,
            AccountChoices choices,
            Invitations invitations,
            AccessPolicy access) {
        this.accounts = accounts;
        this.summaries = summaries;
        this.choices = choices;
        this.invitations = invitations;
        this.access = access;
    }

    @GetMapping("/admin/accounts")
    String accounts(Model model) {
        requireNetwork();
        return page(model, AccountForm.empty(Role.FACILITATOR));
    }

    @PostMapping("/admin/accounts")
    String invite(
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SymbioseUser coordinator = requireNetwork();
        if (!errors.hasFieldErrors("username") && accounts.exists(form.username())) {
            errors.rejectValue("username", "account.error.taken");
        }
        if (form.role() == Role.MEMBER) {
            errors.rejectValue("role", "account.error.membersByFacilitators");
        }
        if (form.role() == Role.FACILITATOR) {
            if (!choices.isInitiative(form.initiativeId())) {
                errors.rejectValue("initiativeId", "account.error.initiative");
            } else if (accounts.hasFacilitator(new InitiativeId(form.initiativeId()))) {
                errors.rejectValue("initiativeId", "account.error.initiativeHasFacilitator");
            }
        }
        if (errors.hasErrors()) {
            return page(model, form);
        }
        redirect.addFlashAttribute(
                "invitation", InvitationController.ShownLink.of(invitations.invite(coordinator, form.toNewAccount())));
        return "redirect:/admin/accounts";
    }

    /** A new link for a network account (a forgotten password); others are their initiative's. */
    @PostMapping("/admin/accounts/{username}/link")
    String newLink(@PathVariable String username, RedirectAttributes redirect) {
        SymbioseUser coordinator = requireNetwork();
        SymbioseUser account = other(coordinator, username);
        if (account.role() != Role.NETWORK) {
            redirect.addFlashAttribute("problem", "account.error.linkByFacilitators");
            return "redirect:/admin/accounts";
        }
        redirect.addFlashAttribute(
                "invitation", InvitationController.ShownLink.of(invitations.newLink(coordinator, account)));
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{username}/disable")
    String disable(@PathVariable String username, RedirectAttributes redirect) {
        SymbioseUser coordinator = requireNetwork();
        invitations.setEnabled(coordinator, other(coordinator, username), false);
        redirect.addFlashAttribute("message", "account.disabled");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{username}/enable")
    String enable(@PathVariable String username, RedirectAttributes redirect) {
        SymbioseUser coordinator = requireNetwork();
        invitations.setEnabled(coordinator, other(coordinator, username), true);
        redirect.addFlashAttribute("message", "account.enabled");
        return "redirect:/admin/accounts";
    }

    private String page(Model model, AccountForm form) {
        model.addAttribute("form", form);
        model.addAttribute("accounts", summaries.all());
        model.addAttribute("roles", List.of(Role.NETWORK, Role.FACILITATOR));
        model.addAttribute("initiatives", choices.initiatives());
        return "accounts/accounts";
    }

    /** Another account than one's own (one does not disable oneself), or 404. */
    private SymbioseUser other(SymbioseUser actor, String username) {
        return accounts.findByUsername(username)
                .filter(account -> !account.id().equals(actor.id()))
                .orElseThrow(() -> new AccountNotFoundException(username));
    }

    private SymbioseUser requireNetwork() {
        SymbioseUser user = access.currentUser();
        if (user == null || user.role() != Role.NETWORK) {
            throw new AccessDeniedException("reserved to the network coordinator");
        }
        return user;
    }
}
