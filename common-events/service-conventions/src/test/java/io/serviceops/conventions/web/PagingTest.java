package io.serviceops.conventions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceops.conventions.problem.InvalidInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class PagingTest {

    private static final Map<String, String> SORTABLE = Map.of("filedAt", "timestamps.filedAt", "status", "status");
    private static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "timestamps.filedAt");

    @Test
    void mapsApiFieldsToStoredPathsWithTheirDirections() {
        Pageable pageable = Paging.of(2, 30, List.of("status,desc", "filedAt"), SORTABLE, NEWEST);

        assertThat(pageable.getPageNumber()).isEqualTo(2);
        assertThat(pageable.getPageSize()).isEqualTo(30);
        assertThat(pageable.getSort()).isEqualTo(Sort.by(Sort.Order.desc("status"), Sort.Order.asc("timestamps.filedAt")));
    }

    @Test
    void readsADirectionSpringSplitOffAsItsOwnValue() {
        assertThat(Paging.of(0, 20, List.of("status", "desc"), SORTABLE, NEWEST).getSort())
                .isEqualTo(Sort.by(Sort.Order.desc("status")));
    }

    @Test
    void usesTheFallbackWhenNoSortIsAsked() {
        assertThat(Paging.of(0, 20, null, SORTABLE, NEWEST).getSort()).isEqualTo(NEWEST);
        assertThat(Paging.of(0, 20, List.of(""), SORTABLE, NEWEST).getSort()).isEqualTo(NEWEST);
    }

    @Test
    void refusesAnUnknownFieldOrALoneDirectionNamingTheSortParameter() {
        assertThatThrownBy(() -> Paging.of(0, 20, List.of("$where"), SORTABLE, NEWEST))
                .isInstanceOfSatisfying(InvalidInput.class,
                        invalid -> assertThat(invalid.errors().get(0).field()).isEqualTo("sort"));
        assertThatThrownBy(() -> Paging.of(0, 20, List.of("desc"), SORTABLE, NEWEST)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void pagesAListComputedInMemory() {
        PageView<Integer> second = PageView.of(List.of(1, 2, 3, 4, 5), 1, 2);

        assertThat(second).isEqualTo(new PageView<>(List.of(3, 4), 1, 2, 5, 3));
        assertThat(PageView.of(List.of(1, 2), 5, 2).content()).isEmpty();
    }
}
