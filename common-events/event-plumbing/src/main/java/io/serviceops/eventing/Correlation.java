package io.serviceops.eventing;

import org.slf4j.MDC;

/**
 * The id that ties a request, the events it causes and the work those events cause together. It
 * lives in the logging context so that every log line of the chain carries it.
 */
public final class Correlation {

    public static final String MDC_KEY = "correlationId";

    private Correlation() {
    }

    public static String current() {
        return MDC.get(MDC_KEY);
    }

    /** Makes {@code id} current until the returned scope is closed. */
    public static MDC.MDCCloseable open(String id) {
        return MDC.putCloseable(MDC_KEY, id);
    }
}
