package org.symbiose.territory;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.engine.quantity.Dimension;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;
import org.symbiose.web.InvalidParameterException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The territory's metabolism: three Sankey diagrams (t, MWh, m3 per year) of one view, each beside its
 * table, drawn by {@code static/js/sankey.js} from its data attribute; and the same links as CSV.
 * For the initiative's facilitators only.
 */
@Controller
class MetabolismController {

    private final InitiativeRepository initiatives;
    private final Metabolism metabolism;
    private final AccessPolicy access;
    private final JsonMapper json;

    MetabolismController(
            InitiativeRepository initiatives, Metabolism metabolism, AccessPolicy access, JsonMapper json) {
        this.initiatives = initiatives;
        this.metabolism = metabolism;
        this.access = access;
        this.json = json;
    }

    @GetMapping("/initiatives/{slug}/metabolism")
    String page(
            @PathVariable String slug,
            @RequestParam(defaultValue = "declared") String view,
            Model model,
            Locale locale) {
        Initiative initiative = facilitated(slug);
        MetabolismView shown = view(view);
        Metabolism.Result result = metabolism.of(initiative.id(), shown, locale);
        model.addAttribute("initiative", initiative);
        model.addAttribute("result", result);
        model.addAttribute("views", MetabolismView.values());
        model.addAttribute("data", result.diagrams().stream().map(this::data).toList());
        return "territory/metabolism";
    }

    @GetMapping("/initiatives/{slug}/metabolism.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String slug,
            @RequestParam(defaultValue = "declared") String view,
            @RequestParam(defaultValue = "mass") String dimension,
            Locale locale) {
        Initiative initiative = facilitated(slug);
        MetabolismView shown = view(view);
        Dimension drawn = dimension(dimension);
        SankeyDiagram diagram = metabolism.of(initiative.id(), shown, locale).diagram(drawn);
        String name = initiative.slug() + "-metabolism-" + shown.code() + "-" + drawn + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(MetabolismCsv.of(diagram));
    }

    /** A diagram as its script reads it, in one data attribute (the CSP forbids inline scripts). */
    private String data(SankeyDiagram diagram) {
        return json.writeValueAsString(Map.of(
                "unit", diagram.unit(),
                "nodes", diagram.nodes(),
                "links", diagram.links()));
    }

    private static MetabolismView view(String text) {
        return MetabolismView.parse(text)
                .orElseThrow(() -> new InvalidParameterException("view", "problem.parameter.invalid", text));
    }

    private static Dimension dimension(String text) {
        return Metabolism.DIMENSIONS.stream()
                .filter(d -> d.toString().equals(text))
                .findFirst()
                .orElseThrow(() -> new InvalidParameterException("dimension", "problem.parameter.invalid", text));
    }

    private Initiative facilitated(String slug) {
        Initiative initiative = initiatives.getBySlug(slug);
        access.requireCompanies(initiative.id());
        return initiative;
    }
}
