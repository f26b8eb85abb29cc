package org.symbiose.engine.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * Usage errors (an unknown option, a missing one, a value that is not a number or not among the choices,
 * a value the command refuses) in the user's language, naming the option, with a pointer to
 * {@code --help}: picocli's own messages are English only. The language is that of {@code --lang} when
 * the command line gives one, else that of the environment ({@link Language#resolve}). Exit code 2, as
 * picocli answers invalid input; never a stack trace.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    private final Map<String, String> environment;
    private final String userLanguage;

    UsageErrors(Map<String, String> environment, String userLanguage) {
        this.environment = environment;
        this.userLanguage = userLanguage;
    }

    /** A usage error of a command's own checks, written in the user's language when reported. */
    static final class Refusal extends ParameterException {

        private final String key;
        private final transient Object[] args;

        Refusal(CommandLine commandLine, String key, Object... args) {
            super(commandLine, key + " " + Arrays.toString(args));
            this.key = key;
            this.args = args.clone();
        }
    }

    /** A part of a refusal that is itself a sentence of the bundle, said in the same language. */
    record Said(String key, Object... args) {
        @Override
        public String toString() {
            return key + " " + Arrays.toString(args);
        }
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        CliMessages messages = CliMessages.in(Language.resolve(asked(args), environment, userLanguage));
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(messages.text("usage.error", name, describe(ex, messages)));
        err.println(messages.text("usage.help", name + " --help"));
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The language {@code --lang} asks for, null when none is given or it is neither fr nor en. */
    static Language asked(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=")
                    ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if ("fr".equals(value)) {
                return Language.fr;
            }
            if ("en".equals(value)) {
                return Language.en;
            }
        }
        return null;
    }

    static String describe(ParameterException ex, CliMessages messages) {
        if (ex instanceof Refusal refusal) {
            Object[] args = Arrays.stream(refusal.args)
                    .map(arg -> arg instanceof Said said ? messages.text(said.key(), said.args()) : arg)
                    .toArray();
            return messages.text(refusal.key, args);
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> what = unmatched.getUnmatched();
            String first = what.isEmpty() ? "" : what.get(0);
            return messages.text(
                    unmatched.isUnknownOption() ? "usage.unknown-option" : "usage.unexpected-argument", first);
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            String names = missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", "));
            return messages.text(missing.getMissing().size() > 1 ? "usage.missing.other" : "usage.missing.one", names);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException overwritten) {
            return messages.text("usage.repeated", name(overwritten.getOverwritten()));
        }
        ArgSpec spec = ex.getArgSpec();
        if (spec != null && ex.getValue() != null) {
            if (spec.type().isEnum()) {
                String choices = Arrays.stream(spec.type().getEnumConstants())
                        .map(String::valueOf)
                        .collect(Collectors.joining(", "));
                return messages.text("usage.not-a-choice", name(spec), ex.getValue(), choices);
            }
            return messages.text("usage.invalid-value", name(spec), ex.getValue(), typeName(spec, messages));
        }
        if (spec != null) {
            return messages.text("usage.invalid-option", name(spec));
        }
        return messages.text("usage.invalid", ex.getMessage());
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return option.longestName();
        }
        if (spec instanceof PositionalParamSpec positional) {
            return positional.paramLabel();
        }
        return String.valueOf(spec);
    }

    private static String typeName(ArgSpec spec, CliMessages messages) {
        Class<?> type = spec.type();
        String key = type == int.class || type == Integer.class || type == long.class || type == Long.class
                ? "usage.type.integer"
                : type == double.class || type == Double.class ? "usage.type.number" : "usage.type.other";
        return messages.text(key);
    }
}
