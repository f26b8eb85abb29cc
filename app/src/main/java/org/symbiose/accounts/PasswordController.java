package org.symbiose.accounts;

import jakarta.validation.Valid;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own password, changed by giving the current one. */
@Controller
class PasswordController {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AccessPolicy access;

    PasswordController(AccountRepository accounts, PasswordEncoder passwords, AccessPolicy access) {
        this.accounts = accounts;
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
}
