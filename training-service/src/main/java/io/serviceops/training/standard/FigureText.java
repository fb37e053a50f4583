package io.serviceops.training.standard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A seeded standard's text with {@code {{figure}}} placeholders, the figures it names, and the values
 * its latest version states.
 */
public record FigureText(List<SectionDraft> template, List<String> keys, List<Figure> stated) {

    static FigureText of(List<SectionDraft> template, Map<String, String> figures) {
        List<String> keys = FigureTemplate.keys(template);
        return new FigureText(List.copyOf(template), keys, statedOf(keys, figures));
    }

    List<SectionDraft> render() {
        return FigureTemplate.render(template, values());
    }

    /** The figures this text states whose value {@code latest} changes. */
    List<String> changedBy(Map<String, String> latest) {
        Map<String, String> values = values();
        return keys.stream().filter(key -> latest.containsKey(key) && !latest.get(key).equals(values.get(key)))
                .toList();
    }

    String describe(List<String> changed, Map<String, String> latest) {
        Map<String, String> values = values();
        return changed.stream().map(key -> key + " " + values.get(key) + " → " + latest.get(key))
                .collect(Collectors.joining(", "));
    }

    FigureText with(Map<String, String> latest) {
        Map<String, String> merged = new HashMap<>(values());
        merged.putAll(latest);
        return new FigureText(template, keys, statedOf(keys, merged));
    }

    private Map<String, String> values() {
        return stated.stream().collect(Collectors.toMap(Figure::key, Figure::value));
    }

    private static List<Figure> statedOf(List<String> keys, Map<String, String> figures) {
        return keys.stream().filter(figures::containsKey).map(key -> new Figure(key, figures.get(key))).toList();
    }
}
