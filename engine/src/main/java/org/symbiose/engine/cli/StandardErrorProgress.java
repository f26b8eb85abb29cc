package org.symbiose.engine.cli;

import java.io.PrintWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symbiose.engine.matching.Progress;

/**
 * Prints progress on standard error, at most once per tenth of each stage, in the command's language:
 * the engine names its stages in English ({@code "matching supplies"}), the bundle says them
 * ({@code stage.matching-supplies}); a stage the bundle does not know is printed as the engine names it.
 */
final class StandardErrorProgress implements Progress {

    private static final Pattern READING_FILE = Pattern.compile("reading (.+) \\(kB\\)");

    private final PrintWriter err;
    private final CliMessages messages;
    private String stage = "";
    private String stageName = "";
    private long lastTenth = -1;
    private final long start = System.nanoTime();

    StandardErrorProgress(PrintWriter err, CliMessages messages) {
        this.err = err;
        this.messages = messages;
    }

    private double elapsed() {
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public synchronized void report(String newStage, long done, long total) {
        if (!newStage.equals(stage)) {
            stage = newStage;
            stageName = name(newStage);
            lastTenth = -1;
        }
        long tenth = total > 0 ? done * 10 / total : -1;
        if (tenth != lastTenth && (total <= 0 || tenth > lastTenth)) {
            lastTenth = tenth;
            if (total > 0) {
                err.println(String.format(
                        messages.locale(),
                        messages.text("progress.part"),
                        elapsed(),
                        stageName,
                        done,
                        total,
                        done * 100 / total));
            } else {
                err.println(
                        String.format(messages.locale(), messages.text("progress.count"), elapsed(), stageName, done));
            }
            err.flush();
        }
    }

    /** The stage as the user's language says it. */
    String name(String engineStage) {
        Matcher file = READING_FILE.matcher(engineStage);
        if (file.matches()) {
            return messages.text("stage.reading-file", file.group(1));
        }
        String said = messages.optional("stage." + engineStage.replace(' ', '-'));
        return said != null ? said : engineStage;
    }
}
