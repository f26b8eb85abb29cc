package org.symbiose.engine.matching;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.knowledge.Pathway;
import org.symbiose.engine.knowledge.Taxonomy;
import org.symbiose.engine.knowledge.Trade;

/**
 * Which trade of a broad NAF class a company runs, by the words of its activity ({@link Trade}, {@code
 * trades.csv}), and which trades run a pathway: as bits, one per trade, so that the search tests a pair with a
 * mask. NACE 38.21 holds incinerators and composting sites alike: "Incinération de déchets non dangereux" is an
 * incinerator, which a composting or digestion pathway naming 38.21 does not reach ({@link
 * PairGate#TRADE_RUNS_ANOTHER_PROCESS}). A company whose words name no trade, or whose class is none of a named
 * trade's, has no bit and is reached as its class is.
 */
public final class Trades {

    /** Every bit: a route that is no pathway, which every trade may take. */
    public static final long ALL = -1L;

    private final List<Trade> trades;
    /** By trade: its terms, folded, each between spaces. */
    private final List<List<String>> terms;

    private final Taxonomy taxonomy;
    /** By trade: the bit of the trade it narrows, 0 for none. */
    private final long[] narrowed;

    Trades(KnowledgeBase knowledge) {
        this.trades = knowledge.trades();
        if (trades.size() > Long.SIZE) {
            throw new IllegalStateException("trades.csv: at most " + Long.SIZE + " trades, found " + trades.size());
        }
        this.taxonomy = knowledge.taxonomy();
        this.terms = trades.stream()
                .map(t -> Stream.concat(t.termsFr().stream(), t.termsEn().stream())
                        .map(term -> " " + fold(term) + " ")
                        .distinct()
                        .toList())
                .toList();
        this.narrowed = new long[trades.size()];
        for (int t = 0; t < trades.size(); t++) {
            String broader = trades.get(t).narrows();
            for (int u = 0; u < trades.size(); u++) {
                if (trades.get(u).id().equals(broader)) {
                    narrowed[t] = 1L << u;
                }
            }
        }
    }

    /** The trades a company's activity names among those of its NAF class; 0 for none. */
    long of(String activity, List<String> nafPrefixes) {
        if (activity == null || nafPrefixes.isEmpty()) {
            return 0;
        }
        String text = " " + fold(activity) + " ";
        long found = 0;
        for (int t = 0; t < trades.size(); t++) {
            if (inClass(trades.get(t), nafPrefixes) && names(text, terms.get(t))) {
                found |= 1L << t;
            }
        }
        // A narrower trade named beside the one it narrows is what the company runs.
        long broader = 0;
        for (int t = 0; t < trades.size(); t++) {
            if ((found & (1L << t)) != 0) {
                broader |= narrowed[t];
            }
        }
        return found & ~broader;
    }

    /** The trades that run a pathway for a supply read as {@code supplyFamily} (see {@link Trade#runs}). */
    long running(Pathway pathway, String supplyFamily) {
        long running = 0;
        for (int t = 0; t < trades.size(); t++) {
            if (trades.get(t).runs(pathway, supplyFamily, taxonomy)) {
                running |= 1L << t;
            }
        }
        return running;
    }

    /** Whether a company of these trades runs none of those that run a route ({@link #running}, or {@link #ALL}). */
    public static boolean runsAnotherProcess(long companyTrades, long running) {
        return companyTrades != 0 && (companyTrades & running) == 0;
    }

    private static boolean inClass(Trade trade, List<String> nafPrefixes) {
        for (String code : trade.nace()) {
            if (nafPrefixes.contains(code)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the folded text holds one of the terms as whole words, or with a final "s". */
    private static boolean names(String text, List<String> terms) {
        for (String term : terms) {
            if (text.contains(term) || text.contains(term.substring(0, term.length() - 1) + "s ")) {
                return true;
            }
        }
        return false;
    }

    /** Accents and case folded, every run of other characters than letters and digits one space. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{Alnum}]+", " ")
                .strip();
    }
}
