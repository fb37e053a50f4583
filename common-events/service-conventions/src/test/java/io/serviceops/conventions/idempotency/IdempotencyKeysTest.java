package io.serviceops.conventions.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceops.conventions.problem.IdempotencyKeyReused;
import io.serviceops.conventions.problem.InvalidInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

class IdempotencyKeysTest {

    private final IdempotencyKeys keys = new IdempotencyKeys(JsonMapper.builder().build());

    record View(String id, String status) {
    }

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aKeyIsScopedToTheUserTheApiClientOrTheAnonymousCaller() {
        assertThat(keys.of("k-1", Map.of("a", 1)).scoped()).isEqualTo("anonymous|k-1");
        signIn(new AnonymousAuthenticationToken("key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(keys.of("k-1", Map.of("a", 1)).scoped()).isEqualTo("anonymous|k-1");
        signIn(UsernamePasswordAuthenticationToken.authenticated("alice", null, AuthorityUtils.createAuthorityList("ROLE_AGENT")));
        assertThat(keys.of("k-1", Map.of("a", 1)).scoped()).isEqualTo("user:alice|k-1");
        signIn(UsernamePasswordAuthenticationToken.authenticated("alice", null, AuthorityUtils.createAuthorityList("ROLE_INTEGRATION")));
        assertThat(keys.of("k-1", Map.of("a", 1)).scoped()).isEqualTo("client:alice|k-1");
    }

    @Test
    void noHeaderIsNoKeyAndAMalformedOneIsRefusedNamingTheHeader() {
        assertThat(keys.of(null, Map.of()).present()).isFalse();
        for (String bad : List.of("", "has space", "k".repeat(129), "a|b")) {
            assertThatThrownBy(() -> keys.of(bad, Map.of())).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.errors().get(0).field()).isEqualTo("Idempotency-Key"));
        }
    }

    @Test
    void aReplayOfTheSameRequestGetsTheStoredResponseAndAnotherRequestIs422() {
        IdempotencyKey first = keys.of("k-1", Map.of("a", 1));
        IdempotentCreation stored = first.answeredWith(keys.stored(new View("x-1", "RECEIVED")));

        assertThat(keys.replay(stored, keys.of("k-1", Map.of("a", 1)), View.class)).isEqualTo(new View("x-1", "RECEIVED"));
        assertThatThrownBy(() -> keys.replay(stored, keys.of("k-1", Map.of("a", 2)), View.class))
                .isInstanceOf(IdempotencyKeyReused.class).hasMessageContaining("'k-1'").hasMessageNotContaining("anonymous");
    }

    private static void signIn(org.springframework.security.core.Authentication caller) {
        SecurityContextHolder.getContext().setAuthentication(caller);
    }
}
