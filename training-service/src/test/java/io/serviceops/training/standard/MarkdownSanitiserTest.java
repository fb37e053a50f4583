package io.serviceops.training.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every vector of an XSS cheat sheet comes out harmless twice over: in the HTML we serve, and in the
 * stored Markdown rendered by a renderer that sanitises nothing (as a careless front end would).
 */
class MarkdownSanitiserTest {

    private static final Pattern SCRIPT = Pattern.compile("<\\s*script", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern BAD_URL = Pattern.compile(
            "<[^>]*\\s(href|src|action|formaction|background|dynsrc|data)\\s*=\\s*[\"'`]?\\s*"
                    + "(javascript|vbscript|data\\s*:\\s*text)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DANGEROUS_ELEMENT = Pattern.compile(
            "<\\s*(iframe|object|embed|meta|link|style|base|form|input|svg|math|bgsound|body)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final HtmlRenderer NAIVE = HtmlRenderer.builder().build();

    static Stream<String> cheatSheet() throws IOException {
        try (InputStream in = MarkdownSanitiserTest.class.getResourceAsStream("/standard/xss-cheat-sheet.txt")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.replace("\\n", "\n")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cheatSheet")
    void noVectorSurvives(String vector) {
        String markdown = MarkdownSanitiser.markdown(vector);

        assertHarmless(MarkdownSanitiser.html(markdown));
        assertHarmless(NAIVE.render(Parser.builder().build().parse(markdown)));
    }

    @Test
    void theCheatSheetIsNotEmpty() throws IOException {
        assertThat(cheatSheet().count()).isGreaterThan(60);
    }

    @Test
    void formattingAndWebLinksSurvive() {
        String markdown = MarkdownSanitiser.markdown("""
                ## 时限
                **服务态度** 24 小时内, see [the policy](https://example.com/sla) or [mail](mailto:qa@example.com).

                - one
                - two
                """);

        assertThat(markdown).contains("## 时限", "**服务态度**", "[the policy](https://example.com/sla)",
                "[mail](mailto:qa@example.com)", "- one");
        assertThat(MarkdownSanitiser.html(markdown)).contains("<strong>服务态度</strong>",
                "href=\"https://example.com/sla\"", "<li>one</li>");
    }

    @Test
    void aJavascriptLinkKeepsItsTextButLosesItsTarget() {
        String markdown = MarkdownSanitiser.markdown("[click me](javascript:alert(1))");

        assertThat(markdown).contains("click me").doesNotContainIgnoringCase("javascript");
    }

    private static void assertHarmless(String html) {
        assertThat(html).doesNotContainPattern(SCRIPT).doesNotContainPattern(HANDLER).doesNotContainPattern(BAD_URL)
                .doesNotContainPattern(DANGEROUS_ELEMENT);
    }
}
