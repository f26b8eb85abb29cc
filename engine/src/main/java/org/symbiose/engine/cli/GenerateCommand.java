package org.symbiose.engine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.symbiose.engine.generate.TerritoryGenerator;
import org.symbiose.engine.generate.TerritoryOptions;
import org.symbiose.engine.matching.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code symbiose generate --actors N [--seed S] [--supply-share P] --out DIR [--lang fr|en]}. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write a synthetic territory of Provence-Alpes-Côte d'Azur in the exchange format"
                + " (actors.csv and flows.csv), for tests and benchmarks. The same seed gives the same files.")
public final class GenerateCommand implements Callable<Integer> {

    /** Below this many actors the run is short: no progress is printed. */
    static final int PROGRESS_FROM_ACTORS = 10_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--actors",
            required = true,
            paramLabel = "N",
            description = "number of companies (about five flows each)")
    int actors;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = "--supply-share",
            paramLabel = "P",
            description = "share of supplies among flows, 0 to 1 (default: as the activity profiles give)")
    Double supplyShare;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write (created if missing)")
    Path out;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description = "language of the progress, the summary and the errors: fr or en. Default: French, or"
                    + " English when the environment's locale is (the first of LC_ALL, LC_MESSAGES, LANG that is"
                    + " set; user.language when none is)")
    Language lang;

    @Override
    public Integer call() {
        if (actors < 1 || actors > TerritoryOptions.MAX_ACTORS) {
            throw new UsageErrors.Refusal(
                    spec.commandLine(), "usage.between", "--actors", 1, TerritoryOptions.MAX_ACTORS, actors);
        }
        if (supplyShare != null && !(supplyShare >= 0 && supplyShare <= 1)) {
            throw new UsageErrors.Refusal(spec.commandLine(), "usage.between", "--supply-share", 0, 1, supplyShare);
        }
        TerritoryOptions options = new TerritoryOptions(actors, seed, supplyShare);
        checkWritable(out);
        CliMessages messages =
                CliMessages.in(Language.resolve(lang, System.getenv(), System.getProperty("user.language")));
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = actors >= PROGRESS_FROM_ACTORS ? new StandardErrorProgress(err, messages) : Progress.SILENT;
        TerritoryGenerator.Summary summary;
        try {
            summary = TerritoryGenerator.standard().write(options, out, progress);
        } catch (IOException e) {
            err.println(messages.text("generate.cannot-write", out, e.getMessage()));
            err.flush();
            return 1;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(messages.text(
                "generate.written",
                messages.count("actors", summary.actors()),
                messages.count("flows", summary.flows()),
                out));
        stdout.flush();
        return 0;
    }

    /** Refuses, before anything is written, a --out that is a file or cannot be created or written. */
    private void checkWritable(Path folder) {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw invalidOut(folder, "generate.out.nothing-exists");
        }
        if (!Files.isDirectory(existing)) {
            throw invalidOut(folder, "generate.out.is-a-file", existing);
        }
        if (!Files.isWritable(existing)) {
            throw invalidOut(folder, "generate.out.read-only", existing);
        }
    }

    private CommandLine.ParameterException invalidOut(Path folder, String reason, Object... args) {
        return new UsageErrors.Refusal(
                spec.commandLine(), "generate.out.unwritable", folder, new UsageErrors.Said(reason, args));
    }
}
