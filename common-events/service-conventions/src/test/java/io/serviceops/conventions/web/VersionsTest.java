package io.serviceops.conventions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.conventions.problem.StaleVersion;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class VersionsTest {

    @Test
    void readsStrongWeakAndBareEtags() {
        assertThat(Versions.fromIfMatch("\"3\"")).isEqualTo(3);
        assertThat(Versions.fromIfMatch("W/\"3\"")).isEqualTo(3);
        assertThat(Versions.fromIfMatch("3")).isEqualTo(3);
        assertThat(Versions.fromIfMatch(null)).isNull();
        assertThat(Versions.fromIfMatch("*")).isNull();
        assertThat(Versions.etag(3)).isEqualTo("\"3\"");
    }

    @Test
    void refusesAnUnreadableIfMatchNamingTheHeader() {
        assertThatThrownBy(() -> Versions.fromIfMatch("\"abc\""))
                .isInstanceOfSatisfying(InvalidInput.class,
                        invalid -> assertThat(invalid.errors().get(0).field()).isEqualTo("If-Match"));
    }

    @Test
    void refusesAChangeFromAnotherVersion() {
        assertThatThrownBy(() -> Versions.check("\"2\"", 3L)).isInstanceOf(StaleVersion.class);
        assertThatCode(() -> Versions.check("\"3\"", 3L)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.check(null, 3L)).doesNotThrowAnyException();
    }

    @Test
    void aStoreConflictIsStaleOnlyWhenTheClientNamedAVersion() {
        assertThatThrownBy(() -> Versions.guarded("\"2\"", null, version -> {
            throw new OptimisticLockingFailureException("v" + version);
        })).isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> Versions.guarded(null, 2L, version -> {
            throw new OptimisticLockingFailureException("v" + version);
        })).isInstanceOf(OptimisticLockingFailureException.class);
        Long updated = Versions.guarded(null, 2L, version -> version + 1);
        assertThat(updated).isEqualTo(3);
    }
}
