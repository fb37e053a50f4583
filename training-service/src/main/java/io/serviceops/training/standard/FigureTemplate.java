package io.serviceops.training.standard;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sections whose text names figures as {@code {{key}}}; rendering puts in the current values. */
final class FigureTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9_:.-]+)}}");

    private FigureTemplate() {
    }

    static List<String> keys(List<SectionDraft> template) {
        return template.stream().flatMap(section -> PLACEHOLDER.matcher(section.heading() + "\n" + section.markdown())
                .results().map(match -> match.group(1))).distinct().sorted().toList();
    }

    static List<SectionDraft> render(List<SectionDraft> template, Map<String, String> figures) {
        return template.stream().map(section -> new SectionDraft(section.key(), fill(section.heading(), figures),
                fill(section.markdown(), figures))).toList();
    }

    private static String fill(String text, Map<String, String> figures) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = figures.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
