package org.symbiose.companies;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * One page of the company directory: the companies that match the search, in French alphabetical order,
 * {@link #SIZE} at a time. Rendering every company of a large initiative (500 and more) made the directory
 * the slowest page; the total still says how many there are.
 *
 * @param files the companies of this page, with their flows and diagnostics
 * @param page the page shown, from 1
 * @param pages how many pages (at least 1)
 * @param total how many companies match
 * @param query the search as typed, empty when none
 */
public record DirectoryPage(List<CompanyFile> files, int page, int pages, int total, String query) {

    /** Companies per page. */
    public static final int SIZE = 50;

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    /** The page asked for, brought into 1..pages (a page past the end shows the last one). */
    static int clamp(int asked, int total) {
        int pages = pages(total);
        return Math.max(1, Math.min(asked, pages));
    }

    static int pages(int total) {
        return Math.max(1, (total + SIZE - 1) / SIZE);
    }

    /** Whether a company's name or activity holds the search, case and accents aside. */
    static boolean matches(Company company, String folded) {
        return folded.isEmpty()
                || fold(company.name()).contains(folded)
                || (company.activity() != null && fold(company.activity()).contains(folded));
    }

    /** Lower case without accents: "Éco" and "eco" are the same search. */
    static String fold(String text) {
        return text == null
                ? ""
                : Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT);
    }
}
