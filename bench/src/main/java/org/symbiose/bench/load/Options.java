package org.symbiose.bench.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The command line of a load program ({@link LoadHarness}, {@link PageBenchmark}): {@code --name value}
 * pairs, each name one the program knows. A misspelt option, a missing value or a count that is not a
 * whole number stops the program before it loads anything, with a message naming the option and the
 * value: a mistyped {@code --user 200} would otherwise run the default load and print numbers that look
 * right.
 */
final class Options {

    /** The options every load program takes: where the application is and whom it logs in as. */
    static final List<String> TARGET = List.of("base", "facilitator", "password", "initiative");

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Reads {@code args} as {@code --name value} pairs: {@code numbers} name the options whose value is a
     * whole number, zero or more; {@code texts} (with {@link #TARGET}) the others. Throws
     * {@link IllegalArgumentException} naming the first option or value that is wrong.
     */
    static Options read(String[] args, List<String> numbers, List<String> texts) {
        Set<String> names = new TreeSet<>(TARGET);
        names.addAll(texts);
        names.addAll(numbers);
        var values = new HashMap<String, String>();
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (!option.startsWith("--")) {
                throw new IllegalArgumentException(
                        "expected an option such as --" + names.iterator().next() + ", got '" + option + "'");
            }
            String name = option.substring(2);
            if (!names.contains(name)) {
                throw new IllegalArgumentException(
                        "unknown option " + option + "; known: --" + String.join(", --", names));
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            if (values.put(name, args[i + 1]) != null) {
                throw new IllegalArgumentException("option " + option + " is given twice");
            }
        }
        var options = new Options(values);
        numbers.forEach(name -> options.number(name, 0));
        return options;
    }

    /**
     * The options of a program's {@code main}: on a bad one, says what is wrong and how the program is
     * called, and exits with status 2.
     */
    static Options readOrExit(String[] args, List<String> numbers, List<String> texts, String usage) {
        try {
            return read(args, numbers, texts);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: " + usage);
            System.exit(2);
            throw e; // not reached
        }
    }

    /** The option's value as given, or {@code otherwise}. */
    String text(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    /** The option's value as given, or {@code null} when it is not. */
    String textOrNull(String name) {
        return values.get(name);
    }

    /** The application's address, without a trailing slash. */
    String base() {
        return text("base", "http://localhost:8080").replaceAll("/$", "");
    }

    /** The application, logged in as the facilitator named (ADETO's demo facilitator by default). */
    LoadTarget target(HttpClient http) throws IOException, InterruptedException {
        return LoadTarget.discover(
                http,
                base(),
                text("facilitator", "animation.adeto"),
                text("password", "demo"),
                text("initiative", "adeto"));
    }

    /** A count (users, seconds, companies): a whole number, zero or more, checked by {@link #read}. */
    int count(String name, int otherwise) {
        long value = number(name, otherwise);
        if (value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("option --" + name + ": " + value + " is too large");
        }
        return (int) value;
    }

    /** A whole number, zero or more (a seed, milliseconds), checked by {@link #read}. */
    long number(String name, long otherwise) {
        String text = values.get(name);
        if (text == null) {
            return otherwise;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value < 0) {
                throw new IllegalArgumentException("option --" + name + ": '" + text + "' is negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + name + ": '" + text + "' is not a whole number", e);
        }
    }
}
