package io.serviceops.ids;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void acceptsEmailLikeAndDottedStaffIds() {
        assertThat(Ids.isValid("zhang.san")).isTrue();
        assertThat(Ids.isValid("li.si@store-12.example")).isTrue();
        assertThat(Ids.isValid("cmp-fb-fb_1:2")).isTrue();
        assertThat(Ids.isValid("a".repeat(64))).isTrue();
    }

    @Test
    void refusesOperatorsEmptyOverlongAndOddCharacters() {
        assertThat(Ids.isValid("$where")).isFalse();
        assertThat(Ids.isValid(".hidden")).isFalse();
        assertThat(Ids.isValid("")).isFalse();
        assertThat(Ids.isValid(null)).isFalse();
        assertThat(Ids.isValid("a".repeat(65))).isFalse();
        assertThat(Ids.isValid("a b")).isFalse();
        assertThat(Ids.isValid("a/b")).isFalse();
        assertThat(Ids.isValid("张三")).isFalse();
    }
}
