package io.serviceops.e2e;

import io.serviceops.client.ApiClient;
import io.serviceops.client.ApiException;
import io.serviceops.client.ApiResponse;
import io.serviceops.client.api.AssignmentsApi;
import io.serviceops.client.api.ComplaintLifecycleApi;
import io.serviceops.client.api.ComplaintTrackingApi;
import io.serviceops.client.api.ComplaintTypesApi;
import io.serviceops.client.api.ComplaintsApi;
import io.serviceops.client.api.CustomerInteractionsApi;
import io.serviceops.client.api.EnrolmentsApi;
import io.serviceops.client.api.FeedbackApi;
import io.serviceops.client.api.PerformanceAlertsApi;
import io.serviceops.client.api.PeriodsApi;
import io.serviceops.client.api.PersonalDataApi;
import io.serviceops.client.api.PublicStandardsApi;
import io.serviceops.client.api.RebuildApi;
import io.serviceops.client.api.ScorecardTemplatesApi;
import io.serviceops.client.api.ScorecardsApi;
import io.serviceops.client.api.StaffDirectoryApi;
import io.serviceops.client.api.StandardsApi;
import io.serviceops.client.api.SurveyInvitationsApi;
import io.serviceops.client.model.AnswerRequest;
import io.serviceops.client.model.Assessment;
import io.serviceops.client.model.Assign;
import io.serviceops.client.model.Attendance;
import io.serviceops.client.model.CloseRequest;
import io.serviceops.client.model.EvaluateRequest;
import io.serviceops.client.model.FeedbackRequest;
import io.serviceops.client.model.FileComplaintRequest;
import io.serviceops.client.model.InteractionRequest;
import io.serviceops.client.model.OpenRequest;
import io.serviceops.client.model.Investigate;
import io.serviceops.client.model.Placement;
import io.serviceops.client.model.Resolve;
import io.serviceops.client.model.Respond;
import io.serviceops.client.model.TemplateRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of the generated client (api/java-client) the scenario calls, by the method and path
 * it names them with. Request bodies are converted into the client's models strictly (a field the
 * contract no longer has fails), so the scenario exercises the contract: a renamed operation or model
 * does not compile, a renamed field fails the step that sends or reads it.
 */
final class ApiOperations {

    /** Strict: a body field the generated model does not know is a contract break, not something to drop. */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @FunctionalInterface
    private interface Call {
        ApiResponse<?> call(ApiClient client, List<String> path, Map<String, String> query, Object body)
                throws ApiException;
    }

    private record Operation(String method, Pattern path, Call call) {
    }

    private static final List<Operation> OPERATIONS = new ArrayList<>();

    static {
        add("GET", "/api/v1/complaint-types", (client, path, query, body) ->
                new ComplaintTypesApi(client).listComplaintTypesWithHttpInfo(null, null, null));
        add("POST", "/api/v1/complaints", (client, path, query, body) ->
                new ComplaintsApi(client).fileComplaintWithHttpInfo(as(body, FileComplaintRequest.class), null));
        add("GET", "/api/v1/complaints/{id}", (client, path, query, body) ->
                new ComplaintsApi(client).getComplaintWithHttpInfo(path.get(0)));
        add("POST", "/api/v1/complaints/{id}/assign", (client, path, query, body) ->
                new ComplaintLifecycleApi(client).assignComplaintWithHttpInfo(path.get(0), as(body, Assign.class), null));
        add("POST", "/api/v1/complaints/{id}/respond", (client, path, query, body) ->
                new ComplaintLifecycleApi(client).respondToComplaintWithHttpInfo(path.get(0), as(body, Respond.class), null));
        add("POST", "/api/v1/complaints/{id}/root-cause", (client, path, query, body) ->
                new ComplaintLifecycleApi(client).recordRootCauseWithHttpInfo(path.get(0), as(body, Investigate.class), null));
        add("POST", "/api/v1/complaints/{id}/resolve", (client, path, query, body) ->
                new ComplaintLifecycleApi(client).resolveComplaintWithHttpInfo(path.get(0), as(body, Resolve.class), null));
        add("GET", "/api/v1/feedback/invitations", (client, path, query, body) ->
                new SurveyInvitationsApi(client).listInvitationsWithHttpInfo(query.get("complaintId"), null, null));
        add("GET", "/api/v1/feedback/invitations/{token}", (client, path, query, body) ->
                new SurveyInvitationsApi(client).openInvitationWithHttpInfo(path.get(0)));
        add("POST", "/api/v1/feedback/invitations/{token}", (client, path, query, body) ->
                new SurveyInvitationsApi(client).answerInvitationWithHttpInfo(path.get(0), as(body, AnswerRequest.class)));
        add("PUT", "/api/v1/kpi/staff/{staffId}", (client, path, query, body) ->
                new StaffDirectoryApi(client).upsertStaffWithHttpInfo(path.get(0), as(body, Placement.class)));
        add("POST", "/api/v1/kpi/periods/close", (client, path, query, body) ->
                new PeriodsApi(client).closePeriodWithHttpInfo(as(body, CloseRequest.class)));
        add("GET", "/api/v1/kpi/scorecards", (client, path, query, body) ->
                new ScorecardsApi(client).getScorecardWithHttpInfo(query.get("subjectKind"), query.get("subjectId"),
                        query.get("period"), LocalDate.parse(query.get("periodStart")), query.get("templateId")));
        add("GET", "/api/v1/kpi/alerts", (client, path, query, body) ->
                new PerformanceAlertsApi(client).listAlertsWithHttpInfo(query.get("staffId"), null, null, null, null));
        add("POST", "/api/v1/kpi/templates", (client, path, query, body) ->
                new ScorecardTemplatesApi(client).createTemplateWithHttpInfo(as(body, TemplateRequest.class)));
        add("GET", "/api/v1/kpi/remedial-effects", (client, path, query, body) ->
                new ScorecardsApi(client).listRemedialEffectsWithHttpInfo(query.get("staffId"), null, null));
        add("GET", "/api/v1/complaints/tracking/{token}", (client, path, query, body) ->
                new ComplaintTrackingApi(client).trackComplaintWithHttpInfo(path.get(0)));
        add("POST", "/api/v1/feedback", (client, path, query, body) ->
                new FeedbackApi(client).submitFeedbackWithHttpInfo(as(body, FeedbackRequest.class), null));
        add("POST", "/api/v1/kpi/periods/evaluate", (client, path, query, body) ->
                new PeriodsApi(client).evaluatePeriodWithHttpInfo(as(body, EvaluateRequest.class)));
        add("PUT", "/api/v1/kpi/interactions/{id}", (client, path, query, body) ->
                new CustomerInteractionsApi(client).recordInteractionWithHttpInfo(path.get(0),
                        as(body, InteractionRequest.class)));
        add("GET", "/api/v1/kpi/training-effects", (client, path, query, body) ->
                new ScorecardsApi(client).getTrainingEffectsReportWithHttpInfo(query.get("period"), query.get("templateId")));
        add("GET", "/api/v1/training/public/standards", (client, path, query, body) ->
                new PublicStandardsApi(client).listPublicStandardsWithHttpInfo());
        add("GET", "/api/v1/training/public/standards/{id}", (client, path, query, body) ->
                new PublicStandardsApi(client).getPublicStandardWithHttpInfo(path.get(0)));
        add("GET", "/api/v1/training/standards/{id}", (client, path, query, body) ->
                new StandardsApi(client).getStandardWithHttpInfo(path.get(0)));
        add("GET", "/api/v1/training/assignments", (client, path, query, body) ->
                new AssignmentsApi(client).listAssignmentsWithHttpInfo(query.get("staffId"), null, null,
                        number(query.get("size")), null));
        add("GET", "/api/v1/training/enrolments/{id}", (client, path, query, body) ->
                new EnrolmentsApi(client).getEnrolmentWithHttpInfo(path.get(0)));
        add("PUT", "/api/v1/training/enrolments/{id}/attendance", (client, path, query, body) ->
                new EnrolmentsApi(client).recordAttendanceWithHttpInfo(path.get(0), as(body, Attendance.class)));
        add("PUT", "/api/v1/training/enrolments/{id}/assessment", (client, path, query, body) ->
                new EnrolmentsApi(client).recordAssessmentWithHttpInfo(path.get(0), as(body, Assessment.class)));
        add("POST", "/api/v1/kpi/rebuild", (client, path, query, body) ->
                new RebuildApi(client).rebuildKpiFactsWithHttpInfo());
        add("POST", "/api/v1/privacy/requests", (client, path, query, body) ->
                new PersonalDataApi(client).openPrivacyRequestWithHttpInfo(as(body, OpenRequest.class)));
        add("GET", "/api/v1/privacy/requests/{id}", (client, path, query, body) ->
                new PersonalDataApi(client).getPrivacyRequestWithHttpInfo(path.get(0)));
        add("GET", "/api/v1/privacy/requests/{id}/export", (client, path, query, body) ->
                new PersonalDataApi(client).getPrivacyRequestExportWithHttpInfo(path.get(0)));
    }

    private ApiOperations() {
    }

    /** Calls the operation for this method and path (query string included) through the generated client. */
    static ApiResponse<?> call(ApiClient client, String method, String pathAndQuery, Object body) throws ApiException {
        String[] parts = pathAndQuery.split("\\?", 2);
        Map<String, String> query = new LinkedHashMap<>();
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                query.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
            }
        }
        for (Operation operation : OPERATIONS) {
            Matcher matcher = operation.path().matcher(parts[0]);
            if (operation.method().equals(method) && matcher.matches()) {
                List<String> variables = new ArrayList<>();
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    variables.add(matcher.group(group));
                }
                return operation.call().call(client, variables, query, body);
            }
        }
        throw new AssertionError(method + " " + parts[0] + " is not an operation the scenario knows in the contract");
    }

    private static void add(String method, String template, Call call) {
        OPERATIONS.add(new Operation(method, Pattern.compile(template.replaceAll("\\{[^}]+}", "([^/]+)")), call));
    }

    private static Integer number(String parameter) {
        return parameter == null ? null : Integer.valueOf(parameter);
    }

    private static <T> T as(Object body, Class<T> model) {
        return STRICT.convertValue(body, model);
    }
}
