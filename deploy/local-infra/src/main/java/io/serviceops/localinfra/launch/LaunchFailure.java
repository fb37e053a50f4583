package io.serviceops.localinfra.launch;

import java.util.List;

/**
 * Why the stack cannot start, in words for the person who ran it; the logs whose end explains it more, if any.
 * Whatever was started is stopped before the launcher exits with {@link #exitCode()}.
 */
final class LaunchFailure extends RuntimeException {

    private final transient List<String> logsToShow;
    private final int exitCode;

    LaunchFailure(String message) {
        this(message, List.of(), 1);
    }

    LaunchFailure(String message, int exitCode) {
        this(message, List.of(), exitCode);
    }

    LaunchFailure(String message, List<String> logsToShow) {
        this(message, logsToShow, 1);
    }

    private LaunchFailure(String message, List<String> logsToShow, int exitCode) {
        super(message);
        this.logsToShow = List.copyOf(logsToShow);
        this.exitCode = exitCode;
    }

    /** Components whose log tail is printed with the message. */
    List<String> logsToShow() {
        return logsToShow;
    }

    int exitCode() {
        return exitCode;
    }
}
