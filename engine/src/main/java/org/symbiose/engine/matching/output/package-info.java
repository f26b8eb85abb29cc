/**
 * Matching, how to write the result: the match contract (docs/formats/match-output.md) as JSON ({@link
 * org.symbiose.engine.matching.output.MatchJsonWriter}) or CSV ({@link
 * org.symbiose.engine.matching.output.MatchCsvWriter}), streaming, in the languages asked ({@code
 * ReasonLanguages}): a language not asked is never put together. Candidates are read batch after batch
 * ({@code CandidateBatches}), the next batch's reasons put into words while one is written; the JSON
 * writer renders them into UTF-8 bytes on every core ({@code Utf8Json}) for a {@link
 * org.symbiose.engine.matching.output.ByteSink}, plain or gzip compressed chunk by chunk on every core.
 */
package org.symbiose.engine.matching.output;
