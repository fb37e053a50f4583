package io.serviceops.training.standard;

/** One line of a section's text diff: kept, added in the later version, or removed from the earlier. */
public record LineChange(Kind kind, String text) {

    public enum Kind {
        KEPT, ADDED, REMOVED
    }
}
