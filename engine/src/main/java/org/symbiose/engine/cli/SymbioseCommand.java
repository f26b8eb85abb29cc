package org.symbiose.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code symbiose}: the engine's command line (bin/symbiose match | generate). */
@Command(
        name = "symbiose",
        mixinStandardHelpOptions = true,
        version = "symbiose 0.1",
        description = "Industrial and territorial ecology: match a territory's flows, generate test territories.",
        subcommands = {MatchCommand.class, GenerateCommand.class})
public final class SymbioseCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and answers its exit code (0 success, 1 bad data, 2 bad usage). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The command line, set to answer an unforeseen failure (a bug, a full disk, memory exhausted) with one
     * line naming it and exit code 3, never a stack trace: the person running it can act on the message.
     */
    public static CommandLine commandLine() {
        var cli = new CommandLine(new SymbioseCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("symbiose: failed: " + e + "; nothing was written.");
            commandLine.getErr().flush();
            return 3;
        });
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: match or generate");
    }
}
