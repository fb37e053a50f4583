package io.serviceops.feedback.intake.web;

import io.serviceops.feedback.intake.Feedback;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** RFC 4180 CSV of responses, one row each, with a header line; answers stay out (they differ per survey). */
final class FeedbackCsv {

    static final String HEADER = "id,receivedAt,channel,topic,storeId,staffId,complaintId,anonymous,"
            + "satisfaction,nps,effort,negative,surveyId,surveyVersion,comment";

    private FeedbackCsv() {
    }

    static String of(List<Feedback> rows) {
        return Stream.concat(Stream.of(HEADER), rows.stream().map(FeedbackCsv::row))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String row(Feedback f) {
        return Stream.of(f.id(), f.receivedAt(), f.channel(), f.topic(), f.storeId(), f.staffId(), f.complaintId(),
                        f.anonymous(), f.satisfaction(), f.nps(), f.effort(), f.negative(), f.surveyId(),
                        f.surveyVersion(), f.comment())
                .map(value -> escape(Objects.toString(value, ""))).collect(Collectors.joining(","));
    }

    /** Quotes fields with separators, quotes or line breaks, and defuses spreadsheet formulas. */
    private static String escape(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
