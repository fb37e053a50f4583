package io.serviceops.training.standard;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tokens for full-text search without a text index (the embedded store has none, MongoDB's has no
 * Chinese): Chinese text gives overlapping character pairs (bigrams: 投诉时限 → 投诉, 诉时, 时限), a
 * lone Chinese character itself; other text gives lower-case words of letters and digits. A query is
 * tokenised alike and matches what contains all its tokens, so a Chinese phrase matches wherever its
 * characters stand together, without a dictionary.
 */
public final class SearchTokens {

    private SearchTokens() {
    }

    public static List<String> of(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        StringBuilder han = new StringBuilder();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
                flushWord(word, tokens);
                han.appendCodePoint(codePoint);
            } else if (Character.isLetterOrDigit(codePoint)) {
                flushHan(han, tokens);
                word.appendCodePoint(codePoint);
            } else {
                flushWord(word, tokens);
                flushHan(han, tokens);
            }
        });
        flushWord(word, tokens);
        flushHan(han, tokens);
        return List.copyOf(tokens);
    }

    private static void flushWord(StringBuilder word, Set<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }

    private static void flushHan(StringBuilder han, Set<String> tokens) {
        int[] characters = han.codePoints().toArray();
        if (characters.length == 1) {
            tokens.add(new String(characters, 0, 1));
        }
        for (int i = 0; i + 1 < characters.length; i++) {
            tokens.add(new String(characters, i, 2));
        }
        han.setLength(0);
    }
}
