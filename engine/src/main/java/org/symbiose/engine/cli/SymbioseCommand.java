package org.symbiose.engine.cli;

import java.util.Map;
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
     * line naming it and exit code 3, never a stack trace: the person running it can act on the message;
     * usage errors in the user's language ({@link UsageErrors}), exit code 2.
     */
    public static CommandLine commandLine() {
        return commandLine(System.getenv(), System.getProperty("user.language"));
    }

    /** The command line, its language read from the given environment when no {@code --lang} is given. */
    static CommandLine commandLine(Map<String, String> environment, String userLanguage) {
        var cli = new CommandLine(new SymbioseCommand());
        cli.setParameterExceptionHandler(new UsageErrors(environment, userLanguage));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Language language = Language.resolve(
                    UsageErrors.asked(parseResult.originalArgs().toArray(String[]::new)), environment, userLanguage);
            commandLine.getErr().println(CliMessages.in(language).text("failed", e));
            commandLine.getErr().flush();
            return 3;
        });
        return cli;
    }

    @Override
    public void run() {
        throw new UsageErrors.Refusal(spec.commandLine(), "usage.command-required");
    }
}
