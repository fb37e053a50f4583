package io.serviceops.localinfra.launch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Bounded waits: for infrastructure to listen, for the services to report UP. */
final class Readiness {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration SERVICE_POLL = Duration.ofSeconds(2);
    private static final Duration PORT_POLL = Duration.ofMillis(300);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(HEALTH_TIMEOUT).build();

    /** Until something listens on 127.0.0.1:port, while the process lives. */
    void awaitListening(ProcessStarter.Started started, int port, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String name = started.process().name();
        while (!listening(port)) {
            if (!started.handle().isAlive()) {
                throw new LaunchFailure(name + " exited during startup.", List.of(name));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new LaunchFailure(name + " did not listen on port " + port + " within " + timeout.toSeconds() + "s.",
                        List.of(name));
            }
            sleep(PORT_POLL);
        }
    }

    /** Until every service's /actuator/health answers UP (DOWN answers 503); one that exits fails at once. */
    void awaitUp(List<ProcessStarter.Started> services, List<Integer> ports, Duration timeout) {
        Console.say("Waiting for the services to report UP (up to " + timeout.toSeconds() + "s) ...");
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<String> pending = new ArrayList<>();
            for (int i = 0; i < services.size(); i++) {
                ProcessStarter.Started service = services.get(i);
                if (up(ports.get(i))) {
                    continue;
                }
                String name = service.process().name();
                if (!service.handle().isAlive()) {
                    throw new LaunchFailure(name + " exited during startup.", List.of(name));
                }
                pending.add(name);
            }
            if (pending.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new LaunchFailure(String.join(", ", pending) + " did not report UP within " + timeout.toSeconds() + "s.",
                        pending);
            }
            sleep(SERVICE_POLL);
        }
    }

    private boolean up(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(HEALTH_TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted while waiting for the stack to start");
        }
    }
}
