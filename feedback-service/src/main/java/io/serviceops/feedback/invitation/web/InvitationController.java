package io.serviceops.feedback.invitation.web;

import io.serviceops.conventions.web.PageView;
import io.serviceops.feedback.intake.Feedback;
import io.serviceops.feedback.invitation.Invitation;
import io.serviceops.feedback.invitation.InvitationDesk;
import io.serviceops.feedback.invitation.InvitationStatus;
import io.serviceops.feedback.survey.SurveyVersion;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/feedback/invitations")
@Tag(name = "Survey invitations", description = "Post-resolution satisfaction surveys (回访), answered by token without a login")
class InvitationController {

    private static final String TOKEN = "^[A-Za-z0-9_-]{16,64}$";

    private final InvitationDesk desk;

    InvitationController(InvitationDesk desk) {
        this.desk = desk;
    }

    record InvitationView(InvitationStatus status, Instant expiresAt, String surveyId, SurveyVersion survey) {
    }

    record AnswerRequest(@NotNull(message = "is required") @Size(max = 50, message = "must hold at most 50 answers")
            Map<String, Object> answers) {
    }

    record AnswerReceipt(String feedbackId) {
    }

    /** Without the token: it stands in for the customer's login, and staff must not answer a survey about themselves. */
    record InvitationSummary(String id, String complaintId, InvitationStatus status, Instant createdAt,
            Instant expiresAt, Instant answeredAt, String feedbackId) {
    }

    @GetMapping("/{token}")
    @Operation(operationId = "openInvitation", summary = "The survey behind an invitation link, in zh-CN and English, with the invitation's status")
    InvitationView open(@PathVariable @Pattern(regexp = TOKEN, message = "is not an invitation token") String token) {
        var opened = desk.open(token);
        return new InvitationView(opened.status(), opened.invitation().expiresAt(), opened.invitation().surveyId(),
                opened.survey());
    }

    @PostMapping("/{token}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Answer the invitation's survey (once)",
            description = "By the customer holding the link (anonymous or the customer app): 403 for staff and CRM "
                    + "keys. 409 when already answered, 410 when expired, 400 naming each invalid answer.")
    ResponseEntity<AnswerReceipt> answer(@PathVariable String token,
            @Valid @RequestBody AnswerRequest request) {
        Feedback feedback = desk.answer(token, request.answers());
        return ResponseEntity.created(URI.create("/api/v1/feedback/" + feedback.id()))
                .body(new AnswerReceipt(feedback.id()));
    }

    @GetMapping
    @Operation(operationId = "listInvitations", summary = "The invitation of a complaint and whether it was answered",
            description = "The token is never listed: only the customer receives it (by e-mail or SMS).")
    PageView<InvitationSummary> forComplaint(
            @RequestParam @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String complaintId,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must not be negative") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be from 1 to 100")
            @Max(value = 100, message = "must be from 1 to 100") int size) {
        return PageView.of(desk.forComplaint(complaintId, PageRequest.of(page, size)), this::summary);
    }

    private InvitationSummary summary(Invitation invitation) {
        return new InvitationSummary(invitation.id(), invitation.complaintId(), desk.statusOf(invitation), invitation.createdAt(), invitation.expiresAt(), invitation.answeredAt(),
                invitation.feedbackId());
    }
}
