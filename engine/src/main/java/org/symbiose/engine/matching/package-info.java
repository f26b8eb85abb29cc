/**
 * Matching, what a good match is: the API ({@link org.symbiose.engine.matching.Matcher}, {@link
 * org.symbiose.engine.matching.MatchOptions}, {@link org.symbiose.engine.matching.MatchResult} and the
 * candidates it holds), the rules and the explanations.
 *
 * <p>Read it in this order:
 *
 * <ul>
 *   <li>{@link org.symbiose.engine.matching.Territory} reads a dataset into {@code FlowFacts} and {@code
 *       ActorFacts} (labels as families, activities as NAF classes, both with a confidence);
 *   <li>{@link org.symbiose.engine.matching.Compatibility} says, once, which receivers may take a supply:
 *       its {@link org.symbiose.engine.matching.Lookup lookups} by family and activity, each with a radius;
 *   <li>{@link org.symbiose.engine.matching.SubstitutionRules} judge one pair: the rules that accept or
 *       refuse it and the parts of its score, each part with its own upper bound; {@link
 *       org.symbiose.engine.matching.LawRules} are the rules of law and safety, named and sourced;
 *   <li>{@link org.symbiose.engine.matching.Explanations} puts a proposal's reasons into French and English.
 * </ul>
 *
 * <p>How to find the best pairs fast without changing which ones are best is {@code matching.search};
 * how to write the result (JSON, CSV, streaming, compressed) is {@code matching.output}. The types the
 * search needs of this package are public for it, and are not meant for callers outside the engine.
 *
 * <p>The dependencies go one way: the search and the output use this package, and of this package only
 * {@link org.symbiose.engine.matching.Matcher}, which runs a match, uses them. A rule never refers to
 * the search ({@code ArchitectureTest} checks it).
 */
package org.symbiose.engine.matching;
