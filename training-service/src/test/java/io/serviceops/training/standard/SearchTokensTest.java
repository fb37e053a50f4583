package io.serviceops.training.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTokensTest {

    @Test
    void chineseTextGivesOverlappingCharacterPairs() {
        assertThat(SearchTokens.of("投诉时限")).containsExactly("投诉", "诉时", "时限");
    }

    @Test
    void aLoneChineseCharacterIsItsOwnToken() {
        assertThat(SearchTokens.of("礼 貌")).containsExactly("礼", "貌");
    }

    @Test
    void otherTextGivesLowerCaseWordsOfLettersAndDigits() {
        assertThat(SearchTokens.of("Attitude: 24h, Quality-48 h!")).containsExactly("attitude", "24h", "quality",
                "48", "h");
    }

    @Test
    void mixedTextSplitsAtTheScriptBoundary() {
        assertThat(SearchTokens.of("服务态度24小时内")).containsExactly("服务", "务态", "态度", "24", "小时", "时内");
    }

    @Test
    void aChinesePhraseIsFoundWhereItsCharactersStandTogether() {
        var section = SectionWriter.write(new SectionDraft("k", "电话礼仪", "电话铃响应在3声之内接起"));

        assertThat(section.matchesAll(SearchTokens.of("3声之内"))).isTrue();
        assertThat(section.matchesAll(SearchTokens.of("电话礼仪"))).isTrue();
        assertThat(section.matchesAll(SearchTokens.of("礼仪电话"))).isFalse();
    }
}
