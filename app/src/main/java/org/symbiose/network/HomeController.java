package org.symbiose.network;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The network's public home: map, aggregated figures, list of initiatives; and the data sources page. */
@Controller
class HomeController {

    private final NetworkService network;

    HomeController(NetworkService network) {
        this.network = network;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("overview", network.overview());
        return "network/home";
    }

    @GetMapping("/sources")
    String sources() {
        return "network/sources";
    }

    @GetMapping("/login")
    String login() {
        return "accounts/login";
    }
}
