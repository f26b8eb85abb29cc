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

/** {@code symbiose generate --actors N [--seed S] [--supply-share P] --out DIR}. */
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

    @Override
    public Integer call() {
        TerritoryOptions options;
        try {
            options = new TerritoryOptions(actors, seed, supplyShare);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        checkWritable(out);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = actors >= PROGRESS_FROM_ACTORS ? new StandardErrorProgress(err) : Progress.SILENT;
        TerritoryGenerator.Summary summary;
        try {
            summary = TerritoryGenerator.standard().write(options, out, progress);
        } catch (IOException e) {
            err.println("symbiose generate: cannot write " + out + ": " + e.getMessage() + "; nothing was written.");
            err.flush();
            return 1;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("%d actors and %d flows written to %s%n", summary.actors(), summary.flows(), out);
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
            throw invalidOut(folder, "no part of the path exists");
        }
        if (!Files.isDirectory(existing)) {
            throw invalidOut(folder, existing + " is a file, not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw invalidOut(folder, "folder " + existing + " is not writable");
        }
    }

    private CommandLine.ParameterException invalidOut(Path folder, String reason) {
        return new CommandLine.ParameterException(
                spec.commandLine(), "--out " + folder + " cannot be written: " + reason);
    }
}
