package io.serviceops.eventing.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecentWritesTest {

    private final RecentWrites recent = new RecentWrites();

    @Test
    void handsOutEachSavedDocumentOnceOldestFirstInBatchesPerCollection() {
        recent.saved("complaints", "c-1");
        recent.saved("complaints", "c-2");
        recent.saved("complaints", "c-1");
        recent.saved("complaints", "c-3");
        recent.saved("policies", "p-1");

        assertThat(recent.take(2)).isEqualTo(Map.of("complaints", List.of("c-1", "c-2"), "policies", List.of("p-1")));
        assertThat(recent.take(2)).isEqualTo(Map.of("complaints", List.of("c-3")));
        assertThat(recent.take(2)).isEmpty();
    }

    @Test
    void dropsHintsBeyondItsLimitForTheSweepToFind() {
        for (int i = 0; i <= RecentWrites.LIMIT; i++) {
            recent.saved("complaints", i);
        }

        assertThat(recent.take(Integer.MAX_VALUE).get("complaints")).hasSize(RecentWrites.LIMIT);
        recent.saved("complaints", "after");
        assertThat(recent.take(10).get("complaints")).containsExactly("after");
    }

    @Test
    void waitsOnlyWhileNothingIsWaiting() throws Exception {
        recent.saved("complaints", "c-1");
        long started = System.nanoTime();
        recent.awaitAny(Duration.ofSeconds(30));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

        recent.take(10);
        Thread saver = new Thread(() -> recent.saved("complaints", "c-2"));
        started = System.nanoTime();
        saver.start();
        recent.awaitAny(Duration.ofSeconds(30));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(recent.take(10)).containsKey("complaints");
    }
}
