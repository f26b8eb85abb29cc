package org.symbiose.network;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.accounts.Role;
import org.symbiose.accounts.SymbioseUser;
import org.symbiose.initiatives.Animation;
import org.symbiose.initiatives.Carrier;
import org.symbiose.initiatives.CarrierType;
import org.symbiose.initiatives.Governance;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.initiatives.Means;
import org.symbiose.initiatives.Prose;
import org.symbiose.initiatives.Territory;

/** The network coordinator opens a new initiative, unpublished until its sheet is ready. */
@Controller
class InitiativeAdminController {

    private final InitiativeRepository initiatives;
    private final NetworkRepository network;
    private final AccessPolicy access;
    private final Clock clock;

    InitiativeAdminController(
            InitiativeRepository initiatives, NetworkRepository network, AccessPolicy access, Clock clock) {
        this.initiatives = initiatives;
        this.network = network;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/admin/initiatives/new")
    String form(Model model) {
        requireNetwork();
        model.addAttribute("form", NewInitiativeForm.empty());
        model.addAttribute("carrierTypes", CarrierType.values());
        return "network/new-initiative";
    }

    @PostMapping("/admin/initiatives/new")
    String create(@Valid @ModelAttribute("form") NewInitiativeForm form, BindingResult errors, Model model) {
        requireNetwork();
        if (!errors.hasFieldErrors("slug")
                && initiatives.findBySlug(form.slug()).isPresent()) {
            errors.rejectValue("slug", "newInitiative.error.slugTaken");
        }
        if (errors.hasErrors()) {
            model.addAttribute("carrierTypes", CarrierType.values());
            return "network/new-initiative";
        }
        var initiative = new Initiative(
                null,
                form.slug(),
                form.name(),
                form.title(),
                false,
                null,
                Prose.EMPTY,
                new Carrier(form.carrierName(), null, form.carrierType(), null, null, Prose.EMPTY),
                new Territory(Prose.EMPTY, List.of(), List.of()),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                Means.NONE,
                new Governance(List.of(), List.of(), List.of(), List.of()),
                new Animation(List.of(), List.of()),
                List.of(),
                0,
                clock.instant());
        initiatives.save(initiative, networkId());
        return "redirect:/initiatives/" + form.slug();
    }

    private long networkId() {
        return network.find()
                .map(Network::id)
                .orElseGet(() -> network.insert(new Network(0, "Réseau", "Réseau", "Recueil", Prose.EMPTY, List.of())));
    }

    private void requireNetwork() {
        SymbioseUser user = access.currentUser();
        if (user == null || user.role() != Role.NETWORK) {
            throw new AccessDeniedException("reserved to the network coordinator");
        }
    }
}
