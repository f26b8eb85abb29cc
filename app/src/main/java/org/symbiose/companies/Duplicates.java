package org.symbiose.companies;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Finds the companies of an initiative that a new or edited one probably duplicates: the same SIRET
 * (the same establishment: refused, see docs/decisions/0014), or the same name, accents, case and
 * punctuation aside, with a site in the same commune (a warning: two shops of one chain may share a
 * town).
 */
@Component
class Duplicates {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** What a company would duplicate; archived companies count, so that one is restored, not re-created. */
    record Found(List<Company> sameSiret, List<Company> sameNameAndCommune) {

        static final Found NONE = new Found(List.of(), List.of());
    }

    private final CompanyRepository companies;

    Duplicates(CompanyRepository companies) {
        this.companies = companies;
    }

    Found of(Company candidate) {
        List<Company> others = companies.listByInitiative(candidate.initiativeId()).stream()
                .filter(c -> !c.id().equals(candidate.id()))
                .toList();
        List<Company> sameSiret = candidate.siret() == null
                ? List.of()
                : others.stream()
                        .filter(c -> candidate.siret().equals(c.siret()))
                        .toList();
        String name = key(candidate.name());
        Set<String> communes = communes(candidate);
        List<Company> sameName = others.stream()
                .filter(c -> key(c.name()).equals(name))
                .filter(c -> communes(c).stream().anyMatch(communes::contains))
                .filter(c -> !sameSiret.contains(c))
                .toList();
        return new Found(sameSiret, sameName);
    }

    /** "Éco-Bois  S.A." and "eco bois sa" give the same key. */
    static String key(String name) {
        String unaccented =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(unaccented.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    private static Set<String> communes(Company company) {
        return company.sites().stream()
                .map(Site::communeInsee)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
