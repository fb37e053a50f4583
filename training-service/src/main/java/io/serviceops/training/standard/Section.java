package io.serviceops.training.standard;

import java.util.Collection;
import java.util.List;

/**
 * One section of a version: its Markdown as stored after sanitising, the HTML it renders to (sanitised
 * again), and the search tokens of its heading and text, so search needs no text index.
 */
public record Section(String key, String heading, String markdown, String html, List<String> tokens) {

    public Section {
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
    }

    boolean matchesAll(Collection<String> queryTokens) {
        return tokens.containsAll(queryTokens);
    }
}
