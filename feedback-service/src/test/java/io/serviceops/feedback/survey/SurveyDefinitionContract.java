package io.serviceops.feedback.survey;

import static io.serviceops.testsupport.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.feedback.ServiceTest;
import io.serviceops.testsupport.Api;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Operators define surveys, publish versions, and responses are checked against the version they answer. */
@ServiceTest
class SurveyDefinitionContract {

    @Value("${local.server.port}")
    int port;

    Api api;
    final String code = "store-visit-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void open() {
        api = new Api(port, "feedback-service");
    }

    static Map<String, Object> text(String zh, String en) {
        return fields("zh", zh, "en", en);
    }

    static Map<String, Object> definition(Map<String, Object>... questions) {
        return fields("title", text("到店体验调查", "Store visit survey"), "questions", List.of(questions));
    }

    static final Map<String, Object> RATING = fields("key", "satisfaction", "kind", "RATING", "required", true,
            "text", text("满意度", "How satisfied are you?"));
    static final Map<String, Object> EFFORT = fields("key", "effort", "kind", "EFFORT",
            "text", text("办理是否方便", "How easy was it?"));
    static final Map<String, Object> VISIT = fields("key", "reason", "kind", "MULTIPLE_CHOICE", "required", true,
            "text", text("来店原因", "Why did you come?"),
            "options", List.of(fields("key", "buy", "text", text("购物", "Shopping")),
                    fields("key", "repair", "text", text("维修", "Repair"))));

    @Test
    void aResponseIsValidatedAgainstThePublishedVersionItAnswers() {
        var defined = api.post("/api/v1/surveys", fields("code", code, "definition", definition(RATING)));
        assertThat(defined.status()).isEqualTo(201);
        String id = defined.body().get("id").asString();
        String path = "/api/v1/surveys/" + id;
        var v1 = api.post(path + "/versions", fields(), "If-Match", defined.header("ETag"));
        assertThat(v1.status()).isEqualTo(201);
        var revised = api.put(path + "/draft", definition(RATING, EFFORT, VISIT));
        assertThat(revised.status()).isEqualTo(200);
        var v2 = api.post(path + "/versions", fields());
        assertThat(v2.body().get("number").asInt()).isEqualTo(2);

        var againstV1 = api.post("/api/v1/feedback", fields("channel", "ONLINE_QUESTIONNAIRE", "surveyId", id,
                "surveyVersion", 1, "answers", fields("satisfaction", 4)));
        var incompleteV2 = api.post("/api/v1/feedback", fields("channel", "ONLINE_QUESTIONNAIRE", "surveyId", id,
                "answers", fields("satisfaction", 4, "effort", 8, "reason", List.of("buy", "fly"))));
        var completeV2 = api.post("/api/v1/feedback", fields("channel", "ONLINE_QUESTIONNAIRE", "surveyId", id,
                "answers", fields("satisfaction", 4, "effort", 2, "reason", List.of("buy", "repair"))));

        assertThat(againstV1.status()).isEqualTo(201);
        assertThat(againstV1.body().get("surveyVersion").asInt()).isEqualTo(1);
        assertThat(incompleteV2.status()).isEqualTo(400);
        assertThat(incompleteV2.text()).contains("answers.effort", "answers.reason");
        assertThat(completeV2.status()).isEqualTo(201);
        assertThat(completeV2.body().get("surveyVersion").asInt()).isEqualTo(2);
        assertThat(completeV2.body().get("effort").asInt()).isEqualTo(2);
    }

    @Test
    void publishedVersionsDoNotChangeWhenTheDraftDoes() {
        var defined = api.post("/api/v1/surveys", fields("code", code, "definition", definition(RATING)));
        String path = "/api/v1/surveys/" + defined.body().get("id").asString();
        api.post(path + "/versions", fields());
        api.put(path + "/draft", definition(EFFORT));

        var v1 = api.get(path + "/versions/1");
        assertThat(v1.body().get("questions")).hasSize(1);
        assertThat(v1.body().get("questions").get(0).get("key").asString()).isEqualTo("satisfaction");
        assertThat(api.get(path + "/versions/2").status()).isEqualTo(404);
        assertThat(api.post(path + "/versions", fields()).status()).isEqualTo(201);
        assertThat(api.post(path + "/versions", fields()).status()).isEqualTo(409);
    }

    @Test
    void rejectsMalformedSurveys() {
        var duplicateKeys = api.post("/api/v1/surveys", fields("code", code, "definition", definition(RATING, RATING)));
        var choiceWithoutOptions = api.post("/api/v1/surveys", fields("code", code, "definition",
                definition(fields("key", "pick", "kind", "SINGLE_CHOICE", "text", text("选", "Pick")))));
        var noEnglish = api.post("/api/v1/surveys", fields("code", code, "definition",
                definition(fields("key", "q", "kind", "FREE_TEXT", "text", fields("zh", "意见")))));

        assertThat(duplicateKeys.status()).isEqualTo(400);
        assertThat(duplicateKeys.text()).contains("questions[1].key");
        assertThat(choiceWithoutOptions.status()).isEqualTo(400);
        assertThat(choiceWithoutOptions.text()).contains("questions[0].options");
        assertThat(noEnglish.status()).isEqualTo(400);
        assertThat(noEnglish.text()).contains("definition.questions[0].text.en");
    }

    @Test
    void refusesAnswersToUnknownOrUnpublishedSurveysNamingTheField() {
        var draftOnly = api.post("/api/v1/surveys", fields("code", code, "definition", definition(RATING)));
        String id = draftOnly.body().get("id").asString();

        var unknown = api.post("/api/v1/feedback", fields("channel", "ONLINE_QUESTIONNAIRE", "surveyId", "no-such-survey",
                "answers", fields("satisfaction", 4)));
        var unpublished = api.post("/api/v1/feedback", fields("channel", "ONLINE_QUESTIONNAIRE", "surveyId", id,
                "answers", fields("satisfaction", 4)));
        api.post("/api/v1/surveys/" + id + "/versions", fields());
        var noSuchVersion = api.post("/api/v1/feedback", fields("channel", "ONLINE_QUESTIONNAIRE", "surveyId", id,
                "surveyVersion", 7, "answers", fields("satisfaction", 4)));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("\"field\":\"surveyId\"");
        assertThat(unpublished.status()).isEqualTo(400);
        assertThat(unpublished.text()).contains("no published version");
        assertThat(noSuchVersion.status()).isEqualTo(400);
        assertThat(noSuchVersion.text()).contains("\"field\":\"surveyVersion\"");
    }

    @Test
    void aSurveyCodeIsUnique() {
        assertThat(api.post("/api/v1/surveys", fields("code", code, "definition", definition(RATING))).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/surveys", fields("code", code, "definition", definition(EFFORT))).status())
                .isEqualTo(409);
    }

    @Test
    void thePostResolutionSurveyIsSeededAndPublished() {
        var seeded = api.get("/api/v1/surveys/post-resolution");
        assertThat(seeded.status()).isEqualTo(200);
        assertThat(seeded.body().get("versions")).hasSize(1);
        assertThat(seeded.body().get("versions").get(0).get("questions").get(0).get("kind").asString())
                .isEqualTo("RATING");
    }
}
