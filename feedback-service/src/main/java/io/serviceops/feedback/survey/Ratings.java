package io.serviceops.feedback.survey;

/** The measures a response yields, whichever questions carried them; each may be absent. */
public record Ratings(Integer satisfaction, Integer nps, Integer effort, String comment) {

    public boolean isEmpty() {
        return satisfaction == null && nps == null && effort == null && (comment == null || comment.isBlank());
    }
}
