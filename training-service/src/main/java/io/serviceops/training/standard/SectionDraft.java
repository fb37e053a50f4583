package io.serviceops.training.standard;

/** A section as an author wrote it, before sanitising. */
public record SectionDraft(String key, String heading, String markdown) {
}
