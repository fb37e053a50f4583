package io.serviceops.training.standard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The difference between two versions, section by section: sections are matched by key, in the later
 * version's order, with sections the later version dropped at the end.
 */
public final class VersionDiff {

    private VersionDiff() {
    }

    public static List<SectionChange> between(StandardVersion before, StandardVersion after) {
        Map<String, Section> earlier = before.sections().stream()
                .collect(Collectors.toMap(Section::key, Function.identity()));
        Map<String, Section> later = after.sections().stream()
                .collect(Collectors.toMap(Section::key, Function.identity()));
        List<SectionChange> changes = new ArrayList<>();
        for (Section section : after.sections()) {
            Section old = earlier.get(section.key());
            if (old == null) {
                changes.add(new SectionChange(section.key(), SectionChange.Kind.ADDED, null, section.heading(),
                        LineDiff.between("", section.markdown())));
            } else if (old.heading().equals(section.heading()) && old.markdown().equals(section.markdown())) {
                changes.add(new SectionChange(section.key(), SectionChange.Kind.UNCHANGED, old.heading(),
                        section.heading(), List.of()));
            } else {
                changes.add(new SectionChange(section.key(), SectionChange.Kind.CHANGED, old.heading(),
                        section.heading(), LineDiff.between(old.markdown(), section.markdown())));
            }
        }
        before.sections().stream().filter(section -> !later.containsKey(section.key())).forEach(removed ->
                changes.add(new SectionChange(removed.key(), SectionChange.Kind.REMOVED, removed.heading(), null,
                        LineDiff.between(removed.markdown(), ""))));
        return changes;
    }
}
