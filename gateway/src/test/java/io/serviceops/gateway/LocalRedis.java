package io.serviceops.gateway;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;

/** A throw-away redis-server for this test JVM, when one is installed (CI installs it). */
final class LocalRedis {

    private static final List<String> LOCATIONS = List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server");

    private static final LocalRedis INSTANCE = new LocalRedis();

    private final boolean running;
    private final int port;
    private Process process;

    private LocalRedis() {
        port = freePort();
        String executable = LOCATIONS.stream().filter(path -> new File(path).canExecute()).findFirst().orElse(null);
        running = executable != null && start(executable);
    }

    static LocalRedis instance() {
        return INSTANCE;
    }

    boolean running() {
        return running;
    }

    /** Where Redis is, or a closed port when it is not installed: the limiter then fails open. */
    String url() {
        return "redis://127.0.0.1:" + port;
    }

    private boolean start(String executable) {
        try {
            process = new ProcessBuilder(executable, "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(this::accepting);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Freezes Redis (SIGSTOP): connections stay open, commands hang, as with an overloaded or partitioned Redis. */
    void freeze() {
        signal("-STOP");
    }

    void thaw() {
        signal("-CONT");
    }

    private void signal(String signal) {
        try {
            new ProcessBuilder("kill", signal, String.valueOf(process.pid())).start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean accepting() {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
