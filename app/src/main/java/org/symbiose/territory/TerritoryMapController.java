package org.symbiose.territory;

import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * The initiative's map (`static/js/initiative-map.js`) and the GeoJSON it draws, for the initiative's
 * facilitators only: companies are confidential. Tiles are drawn only when {@code symbiose.map.tiles}
 * names a tile server; without it the communes of the region give the map its shape and nothing is
 * asked of the internet.
 */
@Controller
class TerritoryMapController {

    private final InitiativeRepository initiatives;
    private final InitiativeMap map;
    private final AccessPolicy access;
    private final MessageSource messages;
    private final String tiles;

    TerritoryMapController(
            InitiativeRepository initiatives,
            InitiativeMap map,
            AccessPolicy access,
            MessageSource messages,
            @Value("${symbiose.map.tiles:}") String tiles) {
        this.initiatives = initiatives;
        this.map = map;
        this.access = access;
        this.messages = messages;
        this.tiles = tiles;
    }

    @GetMapping("/initiatives/{slug}/map")
    String page(@PathVariable String slug, Model model, Locale locale) {
        Initiative initiative = facilitated(slug);
        model.addAttribute("initiative", initiative);
        MapLayers layers = map.of(initiative, locale);
        model.addAttribute("layers", layers);
        model.addAttribute("sectors", layers.companiesBySector());
        model.addAttribute(
                "statuses",
                layers.synergiesByStatus(s -> messages.getMessage("territory.status." + s.name(), null, locale)));
        model.addAttribute("tiles", tiles);
        return "territory/map";
    }

    @GetMapping(value = "/initiatives/{slug}/map.json", produces = "application/json")
    @ResponseBody
    Map<String, Object> geoJson(@PathVariable String slug, Locale locale) {
        return map.of(facilitated(slug), locale).geoJson();
    }

    private Initiative facilitated(String slug) {
        Initiative initiative = initiatives.getBySlug(slug);
        access.requireCompanies(initiative.id());
        return initiative;
    }
}
