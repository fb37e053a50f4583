package io.serviceops.faults;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One more gateway next to the fault stack's: the stack gateway's own command line and environment with
 * another port and the settings a figure needs (its limits, its rate-limit store). Not in the pids file:
 * the test that starts it stops it.
 */
final class GatewayReplica implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;

    private GatewayReplica(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    static GatewayReplica start(FaultStack stack, String name, int port, Map<String, String> settings) throws IOException {
        FaultStack.Launch gateway = stack.launchOf("gateway");
        List<String> command = new ArrayList<>();
        for (String argument : gateway.command()) {
            // Not "gateway": run.sh and stop.sh recognise the stack's processes by this name.
            command.add(argument.equals("-Dserviceops.component=gateway") ? "-Dserviceops.component=" + name : argument);
        }
        Map<String, String> environment = new LinkedHashMap<>(gateway.environment());
        environment.put("SERVER_PORT", String.valueOf(port));
        environment.putAll(settings);
        Path log = stack.logOf("gateway").resolveSibling(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(gateway.directory().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(environment);
        return new GatewayReplica(name, port, builder.start());
    }

    void awaitUp() {
        await().atMost(FaultStack.startBound()).pollInterval(Duration.ofSeconds(2)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " (see its log)");
            }
            return Api.on(port).get("/actuator/health").body().contains("\"status\":\"UP\"");
        });
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
        }
    }
}
