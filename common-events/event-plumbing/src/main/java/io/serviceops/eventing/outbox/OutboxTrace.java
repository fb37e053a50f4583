package io.serviceops.eventing.outbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Carries the trace an event was recorded in across the outbox, as W3C {@code traceparent} and
 * {@code tracestate} values stored beside the event, so that the relay's send, later and on another
 * thread, continues the request's trace instead of starting a new one.
 *
 * <p>It reads OpenTelemetry's context directly because aggregates are not beans, much as
 * {@link io.serviceops.eventing.Correlation} reads the logging context: with the OpenTelemetry bridge
 * that context is where Micrometer Tracing keeps the current span. Without tracing there is no span,
 * nothing is stored and the relay sends as it always did.
 */
final class OutboxTrace {

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private OutboxTrace() {
    }

    /** The current span's W3C trace context, or null outside a trace. */
    static Map<String, String> capture() {
        Map<String, String> headers = new LinkedHashMap<>();
        W3C.inject(Context.current(), headers, Map::put);
        return headers.isEmpty() ? null : headers;
    }

    /** Makes a captured trace context current, so that spans started in the scope are its children. */
    static Scope resume(Map<String, ?> headers) {
        return headers == null ? Scope.noop() : W3C.extract(Context.root(), headers, StoredHeaders.INSTANCE).makeCurrent();
    }

    /** Reads captured headers back from a pending event's stored document. */
    private enum StoredHeaders implements TextMapGetter<Map<String, ?>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Map<String, ?> headers) {
            return headers.keySet();
        }

        @Override
        public String get(Map<String, ?> headers, String key) {
            Object value = headers == null ? null : headers.get(key);
            return value == null ? null : value.toString();
        }
    }
}
