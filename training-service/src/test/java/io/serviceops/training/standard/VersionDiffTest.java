package io.serviceops.training.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    private static StandardVersion version(String... keyHeadingText) {
        return StandardVersion.draft(VersionNumber.FIRST, StandardMother.sections(keyHeadingText), null, null,
                Instant.EPOCH, "t");
    }

    @Test
    void comparesSectionsByKeyInTheLaterVersionsOrderWithRemovedOnesLast() {
        StandardVersion before = version("limits", "时限", "服务态度 24 小时\n产品质量 48 小时",
                "tone", "Tone", "Smile.", "old", "Old", "Gone soon.");
        StandardVersion after = version("tone", "Tone", "Smile.", "limits", "时限",
                "服务态度 12 小时\n产品质量 48 小时", "new", "New", "Fresh.");

        List<SectionChange> changes = VersionDiff.between(before, after);

        assertThat(changes).extracting(SectionChange::key, SectionChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tone", SectionChange.Kind.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple("limits", SectionChange.Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("new", SectionChange.Kind.ADDED),
                org.assertj.core.groups.Tuple.tuple("old", SectionChange.Kind.REMOVED));
        assertThat(changes.get(0).lines()).isEmpty();
        assertThat(changes.get(1).lines()).containsExactly(
                new LineChange(LineChange.Kind.REMOVED, "服务态度 24 小时"),
                new LineChange(LineChange.Kind.ADDED, "服务态度 12 小时"),
                new LineChange(LineChange.Kind.KEPT, "产品质量 48 小时"));
        assertThat(changes.get(2).lines()).containsExactly(new LineChange(LineChange.Kind.ADDED, "Fresh."));
        assertThat(changes.get(3).headingBefore()).isEqualTo("Old");
        assertThat(changes.get(3).lines()).containsExactly(new LineChange(LineChange.Kind.REMOVED, "Gone soon."));
    }

    @Test
    void aChangedHeadingAloneIsAChange() {
        List<SectionChange> changes = VersionDiff.between(version("a", "Old heading", "Same."),
                version("a", "New heading", "Same."));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(SectionChange.Kind.CHANGED);
            assertThat(change.headingBefore()).isEqualTo("Old heading");
            assertThat(change.headingAfter()).isEqualTo("New heading");
            assertThat(change.lines()).containsExactly(new LineChange(LineChange.Kind.KEPT, "Same."));
        });
    }

    @Test
    void lineDiffKeepsTheLongestCommonRun() {
        assertThat(LineDiff.between("a\nb\nc\nd", "a\nc\nd\ne")).containsExactly(
                new LineChange(LineChange.Kind.KEPT, "a"),
                new LineChange(LineChange.Kind.REMOVED, "b"),
                new LineChange(LineChange.Kind.KEPT, "c"),
                new LineChange(LineChange.Kind.KEPT, "d"),
                new LineChange(LineChange.Kind.ADDED, "e"));
    }
}
