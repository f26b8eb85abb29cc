package org.symbiose.accounts;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own password, and the network coordinator's management of accounts. */
@Controller
class AccountController {

    private final AccountRepository accounts;
    private final AccountChoices choices;
    private final PasswordEncoder passwords;
    private final AccessPolicy access;

    AccountController(
            AccountRepository accounts, AccountChoices choices, PasswordEncoder passwords, AccessPolicy access) {
        this.accounts = accounts;
        this.choices = choices;
        this.passwords = passwords;
        this.access = access;
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("form", PasswordForm.empty());
        return "accounts/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @Valid @ModelAttribute("form") PasswordForm form, BindingResult errors, RedirectAttributes redirect) {
        SymbioseUser user = access.currentUser();
        if (!errors.hasFieldErrors("current") && !passwords.matches(form.current(), user.getPassword())) {
            errors.rejectValue("current", "account.error.currentWrong");
        }
        if (!errors.hasFieldErrors("password") && !form.password().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "account.error.confirmation");
        }
        if (errors.hasErrors()) {
            return "accounts/password";
        }
        accounts.changePassword(user.username(), passwords.encode(form.password()));
        redirect.addFlashAttribute("message", "account.passwordChanged");
        return "redirect:/account/password";
    }

    @GetMapping("/admin/accounts")
    String accounts(Model model) {
        requireNetwork();
        return page(model, AccountForm.empty());
    }

    @PostMapping("/admin/accounts")
    String create(
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        requireNetwork();
        if (!errors.hasFieldErrors("username") && accounts.exists(form.username())) {
            errors.rejectValue("username", "account.error.taken");
        }
        if (form.role() == Role.FACILITATOR && !choices.isInitiative(form.initiativeId())) {
            errors.rejectValue("initiativeId", "account.error.initiative");
        }
        if (form.role() == Role.MEMBER && !choices.isCompany(form.companyId())) {
            errors.rejectValue("companyId", "account.error.company");
        }
        if (errors.hasErrors()) {
            return page(model, form);
        }
        accounts.create(
                form.username(),
                passwords.encode(form.password()),
                form.role(),
                form.displayName().strip(),
                form.role() == Role.FACILITATOR ? List.of(form.initiativeId()) : List.of(),
                form.role() == Role.MEMBER ? form.companyId() : null);
        redirect.addFlashAttribute("message", "account.created");
        return "redirect:/admin/accounts";
    }

    private String page(Model model, AccountForm form) {
        model.addAttribute("form", form);
        model.addAttribute("accounts", accounts.listSummaries());
        model.addAttribute("roles", Role.values());
        model.addAttribute("initiatives", choices.initiatives());
        model.addAttribute("companies", choices.companies());
        return "accounts/accounts";
    }

    private void requireNetwork() {
        SymbioseUser user = access.currentUser();
        if (user == null || user.role() != Role.NETWORK) {
            throw new AccessDeniedException("reserved to the network coordinator");
        }
    }
}
