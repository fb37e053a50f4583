package io.serviceops.localinfra.launch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every port a run will listen on is checked before anything starts, so a clash is reported in seconds,
 * by number, purpose and the variable that moves it.
 */
final class PortCheck {

    /** A port the stack needs: the value as configured, what listens there, and the variable to change it. */
    record NeededPort(String value, String purpose, String variable) {
    }

    private PortCheck() {
    }

    static List<NeededPort> needed(StackSettings settings) {
        List<NeededPort> ports = new ArrayList<>();
        if (settings.embeddedMongo()) {
            ports.add(needed(settings, "MONGO_PORT", "embedded MongoDB store"));
            ports.add(needed(settings, "MAIL_SMTP_PORT", "GreenMail SMTP"));
            ports.add(needed(settings, "MAIL_POP3_PORT", "GreenMail POP3"));
        }
        if (settings.embeddedKafka()) {
            ports.add(needed(settings, "KAFKA_PORT", "Kafka broker"));
            ports.add(needed(settings, "KAFKA_CONTROLLER_PORT", "Kafka controller"));
        }
        if (settings.localRedis()) {
            ports.add(needed(settings, "REDIS_PORT", "Redis (gateway rate limiter)"));
        }
        if (!settings.onlyInfra()) {
            for (StackSettings.Service service : StackSettings.SERVICES) {
                ports.add(needed(settings, service.portVariable(), service.name() + " HTTP"));
            }
        }
        return ports;
    }

    private static NeededPort needed(StackSettings settings, String variable, String purpose) {
        return new NeededPort(settings.portSetting(variable), purpose, variable);
    }

    static void check(List<NeededPort> ports) {
        Map<Integer, String> seen = new HashMap<>();
        for (NeededPort port : ports) {
            int number = number(port);
            String earlier = seen.putIfAbsent(number, port.purpose());
            if (earlier != null) {
                throw new LaunchFailure("port " + number + " is configured twice: for " + earlier + " and for " + port.purpose() + ".");
            }
            if (inUse(number)) {
                throw new LaunchFailure("port " + number + " (" + port.purpose() + ") is already in use; free it or set "
                        + port.variable() + " to another port.");
            }
        }
    }

    private static int number(NeededPort port) {
        try {
            int number = Integer.parseInt(port.value());
            if (number >= 1 && number <= 65535 && port.value().length() <= 5) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new LaunchFailure(port.variable() + " must be a port number (got '" + port.value() + "').");
    }

    /**
     * Binding the wildcard address fails for a listener on any local address, which would still clash with a
     * service binding 0.0.0.0; the connect probe covers systems where that bind is allowed anyway.
     */
    static boolean inUse(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(port));
        } catch (IOException taken) {
            return true;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException nobodyListens) {
            return false;
        }
    }
}
