package io.serviceops.feedback.survey.web;

import io.serviceops.feedback.support.LocalizedText;
import io.serviceops.feedback.survey.Question;
import io.serviceops.feedback.survey.Survey;
import io.serviceops.feedback.survey.SurveyVersion;
import java.time.Instant;
import java.util.List;

record SurveyView(String id, String code, LocalizedText title, List<Question> draft, List<SurveyVersion> versions,
        Instant createdAt, Instant updatedAt, long version) {

    static SurveyView of(Survey survey) {
        return new SurveyView(survey.id(), survey.code(), survey.title(), survey.draft(), survey.versions(),
                survey.createdAt(), survey.updatedAt(), survey.version() == null ? 0 : survey.version());
    }
}
