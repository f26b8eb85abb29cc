package org.symbiose.engine.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.symbiose.engine.exchange.Dataset;
import org.symbiose.engine.exchange.DatasetError;
import org.symbiose.engine.exchange.DatasetException;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.matching.MatchOptions;
import org.symbiose.engine.matching.MatchResult;
import org.symbiose.engine.matching.Matcher;
import org.symbiose.engine.matching.Progress;
import org.symbiose.engine.matching.ReasonLanguages;
import org.symbiose.engine.matching.output.MatchCsvWriter;
import org.symbiose.engine.matching.output.MatchJsonWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code symbiose match DATASET [--top K] [--max-distance-km D] [--format json|csv] [--out FILE[.gz]]
 * [--lang fr|en|both]}, and {@code --variety} (see {@code matching.Variety}).
 */
@Command(
        name = "match",
        mixinStandardHelpOptions = true,
        description = "Propose substitutions and mutualisations for a dataset of the exchange format"
                + " (a folder, a .zip or an .xlsx holding actors and flows).")
final class MatchCommand implements Callable<Integer> {

    /** Output formats of the candidates. */
    enum Format {
        json,
        csv
    }

    /** Languages of the reasons written. */
    enum Lang {
        fr(ReasonLanguages.FR),
        en(ReasonLanguages.EN),
        both(ReasonLanguages.BOTH);

        final ReasonLanguages reasons;

        Lang(ReasonLanguages reasons) {
            this.reasons = reasons;
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "folder, .zip or .xlsx of the exchange format")
    Path dataset;

    @Option(
            names = "--top",
            paramLabel = "K",
            defaultValue = "5",
            description = "best receivers kept per supply flow (default ${DEFAULT-VALUE})")
    int top;

    @Option(
            names = "--max-distance-km",
            paramLabel = "D",
            description = "overall distance limit in km, on top of each resource's own")
    Double maxDistanceKm;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json (default) or csv")
    Format format;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "write to FILE instead of standard output, compressed with gzip when FILE ends in .gz")
    Path out;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description = "language of the reasons and of the errors: fr, en or both. Default: reasons in both"
                    + " (the whole contract); errors in French, or in English when the environment's locale is"
                    + " (the first of LC_ALL, LC_MESSAGES, LANG that is set; user.language when none is)")
    Lang lang;

    @Option(
            names = "--variety",
            description = "give a supply's places to the best company of each activity first (within 0.3 of"
                    + " the best score), then to the best of the rest")
    boolean variety;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CliMessages messages = CliMessages.in(language());
        if (top < 1) {
            throw new UsageErrors.Refusal(spec.commandLine(), "usage.at-least", "--top", 1, top);
        }
        if (maxDistanceKm != null && !(maxDistanceKm > 0)) {
            throw new UsageErrors.Refusal(spec.commandLine(), "usage.positive", "--max-distance-km", maxDistanceKm);
        }
        var progress = new StandardErrorProgress(err, messages);
        MatchOptions options = new MatchOptions(top, maxDistanceKm, progress, variety);
        if (!Files.exists(dataset)) {
            throw new UsageErrors.Refusal(spec.commandLine(), "match.no-such-dataset", dataset);
        }
        Dataset data;
        try {
            data = DatasetFiles.read(dataset, progress);
        } catch (DatasetException e) {
            for (DatasetError error : e.errors()) {
                err.println(error.describe(messages.locale()));
            }
            err.println(messages.count("match.refused", e.errors().size()));
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println(messages.text("match.unreadable", dataset, e.getMessage()));
            err.flush();
            return 1;
        }
        MatchResult result = new Matcher(KnowledgeBase.load()).match(data, options);
        if (out == null) {
            write(result, spec.commandLine().getOut(), progress);
            spec.commandLine().getOut().flush();
        } else if (format == Format.json) {
            try (OutputStream stream = OutputFile.stream(out)) {
                MatchJsonWriter.write(result, OutputFile.sink(out, stream), reasons(), progress);
            }
        } else {
            try (Writer writer = OutputFile.open(out)) {
                write(result, writer, progress);
            }
        }
        err.println(messages.text(
                "match.summary",
                messages.count("candidates", result.candidates().size()),
                messages.count("substitutions", result.stats().substitutions()),
                messages.count("mutualisations", result.stats().mutualisations()),
                messages.count("not-understood", result.unclassified().size())));
        err.flush();
        return 0;
    }

    private ReasonLanguages reasons() {
        return lang == null ? ReasonLanguages.BOTH : lang.reasons;
    }

    private Language language() {
        Language asked = lang == Lang.fr ? Language.fr : lang == Lang.en ? Language.en : null;
        return Language.resolve(asked, System.getenv(), System.getProperty("user.language"));
    }

    private void write(MatchResult result, Writer writer, Progress progress) throws IOException {
        switch (format) {
            case json -> MatchJsonWriter.write(result, writer, reasons(), progress);
            case csv -> MatchCsvWriter.write(result, writer, reasons(), progress);
        }
    }
}
