package io.serviceops.training.standard;

import java.util.List;

/**
 * How one section (identified by its key) differs between two versions; {@code lines} is the line diff
 * of its Markdown (empty when unchanged).
 */
public record SectionChange(String key, Kind kind, String headingBefore, String headingAfter,
        List<LineChange> lines) {

    public enum Kind {
        ADDED, REMOVED, CHANGED, UNCHANGED
    }
}
