package io.serviceops.conventions.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.serviceops.conventions.problem.NotFound;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

class StoreScopeTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    StoreScopeTest() {
        Metrics.addRegistry(meters);
    }

    @AfterEach
    void detach() {
        Metrics.removeRegistry(meters);
    }

    @Test
    void aStaffMemberWithStoresSeesOnlyThoseStores() {
        StoreScope scope = StoreScope.of(caller("ROLE_AGENT", "STORE_s-1", "STORE_s-2"));

        assertThat(scope.isRestricted()).isTrue();
        assertThat(scope.stores()).containsExactlyInAnyOrder("s-1", "s-2");
        assertThat(scope.includes("s-1")).isTrue();
        assertThat(scope.includes("s-3")).isFalse();
        assertThat(scope.includes(null)).isFalse();
        assertThat(scope.includesAny(List.of("s-3", "s-2"))).isTrue();
        assertThat(scope.includesAny(List.of())).isFalse();
    }

    @Test
    void adminACallerWithoutStoresAndWorkOutsideARequestSeeEveryStore() {
        assertThat(StoreScope.of(caller("ROLE_ADMIN", "STORE_s-1")).isRestricted()).isFalse();
        assertThat(StoreScope.of(caller("ROLE_SUPERVISOR")).isRestricted()).isFalse();
        assertThat(StoreScope.of(null).includes("anything")).isTrue();
        assertThat(StoreScope.ofCaller().isRestricted()).isFalse();
        assertThat(StoreScope.everyStore().includes(null)).isTrue();
    }

    @Test
    void anObjectOfAnotherStoreAnswersItsOwnNotFoundAndIsCounted() {
        StoreScope scope = StoreScope.only(List.of("s-1"));

        assertThat(scope.visible("parcel", "s-1", () -> new NotFound("Parcel", "p-1"))).isEqualTo("parcel");
        assertThatThrownBy(() -> scope.visible("parcel", "s-2", () -> new NotFound("Parcel", "p-1")))
                .isInstanceOf(NotFound.class).hasMessage("Parcel 'p-1' does not exist.");
        assertThatThrownBy(() -> scope.visibleInAny("person", List.of("s-2", "s-3"), () -> new NotFound("Person", "x")))
                .isInstanceOf(NotFound.class);
        assertThat(meters.counter("serviceops.access.out_of_scope").count()).isEqualTo(2);
    }

    @Test
    void narrowsAQueryToTheCallersStoresOnlyWhenRestricted() {
        assertThat(StoreScope.only(List.of("s-1")).narrow(new Query(), "filing.storeId").getQueryObject().toJson())
                .contains("\"filing.storeId\"", "\"$in\"", "\"s-1\"");
        assertThat(StoreScope.everyStore().narrow(new Query(), "filing.storeId").getQueryObject()).isEmpty();
    }

    private static PreAuthenticatedAuthenticationToken caller(String... authorities) {
        return new PreAuthenticatedAuthenticationToken("someone", "n/a", AuthorityUtils.createAuthorityList(authorities));
    }
}
