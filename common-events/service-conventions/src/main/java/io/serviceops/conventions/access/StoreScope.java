package io.serviceops.conventions.access;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.micrometer.core.instrument.Metrics;
import io.serviceops.conventions.problem.NotFound;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The stores whose objects a caller may read and change (OWASP API1:2023, broken object-level
 * authorization). Staff work in stores: the gateway passes their token's {@code stores} claim (or an
 * API key's store limit) as {@code X-User-Stores}. ADMIN, a caller without stores and work that no
 * request caused (event handlers, schedules) see every store.
 *
 * <p>An object of another store answers exactly as a missing one (404 with the object's own
 * "does not exist" detail), so a caller cannot learn that it exists; lists are narrowed in the query,
 * so page counts stay right. Each object hidden this way counts in {@code serviceops.access.out_of_scope}
 * (kept apart from {@code serviceops.access.denied}, which alerts at once: a staff member following an old
 * link is no misconfiguration, but a sudden rise means someone walks through another store's ids).
 */
public final class StoreScope {

    static final String AUTHORITY_PREFIX = "STORE_";
    private static final StoreScope EVERY_STORE = new StoreScope(null);

    private final Set<String> stores;

    private StoreScope(Set<String> stores) {
        this.stores = stores;
    }

    public static StoreScope everyStore() {
        return EVERY_STORE;
    }

    public static StoreScope only(Collection<String> stores) {
        return new StoreScope(Set.copyOf(stores));
    }

    /** The scope of the request being served, or every store outside a request. */
    public static StoreScope ofCaller() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static StoreScope of(Authentication caller) {
        if (caller == null) {
            return EVERY_STORE;
        }
        Set<String> authorities = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (authorities.contains(CallerIdentity.roleAuthority(CallerIdentity.ADMIN))) {
            return EVERY_STORE;
        }
        Set<String> named = authorities.stream().filter(name -> name.startsWith(AUTHORITY_PREFIX))
                .map(name -> name.substring(AUTHORITY_PREFIX.length())).collect(Collectors.toSet());
        return named.isEmpty() ? EVERY_STORE : new StoreScope(Set.copyOf(named));
    }

    public boolean isRestricted() {
        return stores != null;
    }

    /** The caller's stores; empty for a scope that is not restricted. */
    public Set<String> stores() {
        return stores == null ? Set.of() : stores;
    }

    /** Whether an object of {@code storeId} is visible; an object of no known store only to an unrestricted caller. */
    public boolean includes(String storeId) {
        return stores == null || storeId != null && stores.contains(storeId);
    }

    /** Whether an object belonging to any of {@code storeIds} (e.g. a person working in several) is visible. */
    public boolean includesAny(Collection<String> storeIds) {
        return stores == null || storeIds.stream().anyMatch(stores::contains);
    }

    /** Returns {@code object} when its store is in scope, otherwise throws the object's own 404. */
    public <T> T visible(T object, String storeId, Supplier<? extends NotFound> notFound) {
        return require(includes(storeId), object, notFound);
    }

    /** Returns {@code object} when any of its stores is in scope, otherwise throws the object's own 404. */
    public <T> T visibleInAny(T object, Collection<String> storeIds, Supplier<? extends NotFound> notFound) {
        return require(includesAny(storeIds), object, notFound);
    }

    /** Throws the 404 for a store the caller cannot see, e.g. a {@code storeId} filter naming another store. */
    public void requireStore(String storeId, Supplier<? extends NotFound> notFound) {
        require(includes(storeId), storeId, notFound);
    }

    /** The condition that keeps a query to the caller's stores, for a document holding its store in {@code storeField}. */
    public Optional<Criteria> criteria(String storeField) {
        return stores == null ? Optional.empty() : Optional.of(where(storeField).in(stores));
    }

    /** {@code query} narrowed to the caller's stores. */
    public Query narrow(Query query, String storeField) {
        criteria(storeField).ifPresent(query::addCriteria);
        return query;
    }

    private static <T> T require(boolean visible, T object, Supplier<? extends NotFound> notFound) {
        if (!visible) {
            Metrics.counter("serviceops.access.out_of_scope").increment();
            throw notFound.get();
        }
        return object;
    }

    @Override
    public String toString() {
        return stores == null ? "every store" : "stores " + stores;
    }
}
