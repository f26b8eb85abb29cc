package org.symbiose.accounts;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The invited person's page: the one-time link where they choose their password. */
@Controller
@RequestMapping("/invitation/{token}")
class InvitationController {

    /** The password chosen, twice. */
    record ChosenPassword(
            @NotBlank(message = "{account.error.password}")
            @Size(min = 10, max = 200, message = "{account.error.password}")
            String password,

            String confirmation) {}

    /** A new link as shown to the person who invited, to pass on. */
    record ShownLink(String username, String url, LocalDate expiresOn) {

        static ShownLink of(Invitations.Link link) {
            String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/invitation/{token}")
                    .buildAndExpand(link.token())
                    .toUriString();
            return new ShownLink(link.username(), url, link.expiresOn());
        }
    }

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        var pending = invitations.find(token);
        if (pending.isEmpty()) {
            return unusable(response);
        }
        model.addAttribute("username", pending.get().username());
        model.addAttribute("token", token);
        model.addAttribute("form", new ChosenPassword("", ""));
        return "accounts/invitation";
    }

    @PostMapping
    String choose(
            @PathVariable String token,
            @Valid @ModelAttribute("form") ChosenPassword form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        var pending = invitations.find(token);
        if (pending.isEmpty()) {
            return unusable(response);
        }
        if (!errors.hasFieldErrors("password") && !form.password().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "account.error.confirmation");
        }
        if (errors.hasErrors()) {
            model.addAttribute("username", pending.get().username());
            model.addAttribute("token", token);
            return "accounts/invitation";
        }
        if (!invitations.accept(token, form.password())) {
            return unusable(response);
        }
        return "redirect:/login?invited";
    }

    /** Unknown, used or expired: one answer for all, so a link reveals nothing about others. */
    private static String unusable(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        return "accounts/invitation-unusable";
    }
}
