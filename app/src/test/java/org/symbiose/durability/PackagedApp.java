package org.symbiose.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The packaged application ({@code app/target/symbiose-app.jar}) run as {@code bin/symbiose serve}
 * runs it, {@code java -jar}, in a child process that the tests kill with SIGKILL. Every process
 * started here is killed, with its descendants, when it is closed, when a test fails and when the test
 * JVM exits, so that no server outlives the test.
 */
final class PackagedApp implements AutoCloseable {

    /**
     * JVM options that shorten the start (C1 only, one collector thread); they change nothing of
     * what the application does with a write.
     */
    private static final List<String> LEAN_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m");

    private static final Set<ProcessHandle> RUNNING = ConcurrentHashMap.newKeySet();
    private static volatile boolean exiting;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            exiting = true;
            RUNNING.forEach(PackagedApp::killTree);
        }));
    }

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * The jar the build packaged, named by the {@code symbiose.app.jar} system property (set by
     * Failsafe). Missing, it is an error: a durability test that cannot run must not pass.
     */
    static Path jar() {
        Path jar = Path.of(System.getProperty("symbiose.app.jar", "target/symbiose-app.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The packaged application " + jar.toAbsolutePath()
                    + " is missing: run 'mvn -pl app -am verify' (or package) before this test.");
        }
        return jar;
    }

    /**
     * Starts the jar on a free port with the given settings in its environment (none of this
     * process's own {@code SPRING_}, {@code SYMBIOSE_} or {@code SERVER_} variables), and waits until
     * it is ready: the health endpoint answers 200 once the application runners (the demo loader) are
     * done, thanks to the readiness probe switched on here.
     *
     * @param log file that receives the server's standard output and error (appended)
     */
    static PackagedApp start(Map<String, String> environment, Path log, Duration timeout) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LEAN_START);
        command.addAll(List.of(
                "-jar",
                jar().toAbsolutePath().toString(),
                "--server.port=" + port,
                "--management.endpoint.health.probes.enabled=true"));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment()
                .keySet()
                .removeIf(name ->
                        name.startsWith("SPRING_") || name.startsWith("SYMBIOSE_") || name.startsWith("SERVER_"));
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
        RUNNING.add(process.toHandle());
        var app = new PackagedApp(process, port, log);
        if (exiting) {
            // Started while the test JVM shuts down, after its hook killed the others.
            app.kill();
            throw new IllegalStateException("the test JVM is exiting");
        }
        try {
            app.awaitServing("/actuator/health", timeout);
        } catch (RuntimeException | Error e) {
            app.kill();
            throw e;
        }
        return app;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Kills the server and its descendants with SIGKILL, at once, and waits until they are gone. */
    void kill() {
        killTree(process.toHandle());
        RUNNING.remove(process.toHandle());
    }

    @Override
    public void close() {
        kill();
    }

    private void awaitServing(String readyPath, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        var request = HttpRequest.newBuilder(uri(readyPath))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the application exited with code " + process.exitValue() + " before serving:\n" + logTail());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet: try again below.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the application", e);
            }
            sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException(
                "the application did not serve " + readyPath + " within " + timeout + ":\n" + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log " + log + " unreadable: " + e.getMessage() + ")";
        }
    }

    private static void killTree(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(0, root);
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("could not wait for process " + handle.pid(), e);
            }
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
