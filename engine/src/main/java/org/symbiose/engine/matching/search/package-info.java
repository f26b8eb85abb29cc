/**
 * Matching, how to search fast: the indexes and the search that find, for each supply, the receivers
 * that take its best places, without ever comparing all pairs and without changing which pairs those are.
 *
 * <p>{@link org.symbiose.engine.matching.search.ReceiverIndex} files receivers in spatial grids per key
 * ({@link org.symbiose.engine.matching.search.GeoGrid}), with what the rules need of each in arrays
 * ({@link org.symbiose.engine.matching.search.IndexedReceivers}). {@link
 * org.symbiose.engine.matching.search.SubstitutionFinder} walks each lookup's grid ring by ring and stops
 * a lookup when its bound falls below the bar of the places still open ({@code VarietyFloor}). The
 * search does not know the score: it adds up the bounds each part of the score declares (in {@code
 * matching.SubstitutionRules}) through {@link org.symbiose.engine.matching.search.ScoreBounds}, and
 * asks the rules whether a pair passes. A new factor of a part, a new gate or a new rule of law changes
 * the rules only; a new part of the score adds a term to {@code combine} and to {@code ScoreBounds}. Each
 * receiving company keeps one proposal, through the best of its routes (a declared need, an activity a
 * pathway names, its activity's habit) with the precedence the baseline states; what that precedence asks
 * of a company (whether a lookup reaches one of its needs, lawfully, and the need admits the supply) is
 * asked of the company itself ({@code Reach}), so that a route the search skipped as unable to score still
 * counts. Both the search and its baseline order proposals, and break ties, by {@code ProposalOrder}.
 *
 * <p>What a run works out (its lookups, {@link org.symbiose.engine.matching.RunLookups}; the plans of its
 * readings, {@code SupplyPlans}; the receivers of each lookup, {@code ReceiverIndex}) lives in objects of
 * that run: an application-wide {@code Matcher} keeps nothing from one run to the next. The cut is exact: {@link org.symbiose.engine.matching.search.AllPairsBaseline} scores every
 * pair and must give the same candidates (the test oracle, {@code Matcher.matchNaively}).
 * {@link org.symbiose.engine.matching.search.MutualisationFinder} groups nearby companies by theme and
 * {@link org.symbiose.engine.matching.search.CandidateOrder} ranks all candidates by counting sorts.
 */
package org.symbiose.engine.matching.search;
