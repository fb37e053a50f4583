package io.serviceops.gateway.apikey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * This replica's copy of the managed keys, reloaded from the store every refresh interval (and at once
 * after a change made through this replica), so a key revoked or expired anywhere stops working
 * everywhere within the interval, without a restart. Uses are remembered in memory and written at the
 * next refresh (last-used time, never a write per request). If the store does not answer, the last copy
 * stays in force and keys from configuration keep working; the failure is logged and counted.
 */
@Component
@EnableConfigurationProperties(ApiKeyProperties.class)
public class ApiKeyRegistry implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyRegistry.class);

    /** What the authentication needs to know of a managed key. */
    public record Match(String id, String client, List<String> scopes, List<String> stores, boolean active,
            String state) {
    }

    private final ApiKeyStore store;
    private final ApiKeyProperties properties;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Instant> unsavedUses = new ConcurrentHashMap<>();
    private volatile Map<String, ManagedApiKey> byDigest = Map.of();
    private volatile Disposable refreshing;

    ApiKeyRegistry(ApiKeyStore store, ApiKeyProperties properties, MeterRegistry meters) {
        this.store = store;
        this.properties = properties;
        this.meters = meters;
        for (ApiKeyState state : ApiKeyState.values()) {
            Gauge.builder("serviceops.gateway.api.keys", this, registry -> registry.count(state))
                    .description("Managed API keys by state, as this replica last loaded them")
                    .tag("state", state.name().toLowerCase()).register(meters);
        }
    }

    /** The managed key with this secret digest, whatever its state; empty if there is none. */
    public Optional<Match> lookup(String sha256) {
        ManagedApiKey key = byDigest.get(sha256);
        if (key == null) {
            return Optional.empty();
        }
        ApiKeyState state = key.state(clock.instant());
        return Optional.of(new Match(key.id(), key.client(), key.scopes(), key.stores(), state == ApiKeyState.ACTIVE,
                state.name().toLowerCase()));
    }

    public void used(String id) {
        unsavedUses.put(id, clock.instant());
    }

    Mono<Void> refresh() {
        return Flux.fromIterable(Map.copyOf(unsavedUses).entrySet())
                .concatMap(use -> store.used(use.getKey(), use.getValue())
                        .doOnSuccess(done -> unsavedUses.remove(use.getKey(), use.getValue())))
                .thenMany(store.all())
                .collect(Collectors.toMap(ManagedApiKey::sha256, Function.identity()))
                .doOnNext(loaded -> byDigest = Map.copyOf(loaded))
                .then();
    }

    private double count(ApiKeyState state) {
        Instant now = clock.instant();
        return byDigest.values().stream().filter(key -> key.state(now) == state).count();
    }

    @Override
    public void start() {
        refreshing = Flux.interval(java.time.Duration.ZERO, properties.refreshInterval())
                .onBackpressureDrop()
                .concatMap(tick -> refresh().onErrorResume(failure -> {
                    meters.counter("serviceops.gateway.api.keys.refresh.failures").increment();
                    log.warn("Could not reload the managed API keys; keeping the last copy: {}", failure.toString());
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable running = refreshing;
        if (running != null) {
            running.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return refreshing != null && !refreshing.isDisposed();
    }
}
