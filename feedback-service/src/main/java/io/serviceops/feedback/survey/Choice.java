package io.serviceops.feedback.survey;

import io.serviceops.feedback.support.LocalizedText;

/** One option of a choice question; answers name it by {@code key}. */
public record Choice(String key, LocalizedText text) {
}
