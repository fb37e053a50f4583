package io.serviceops.feedback.invitation.web;

import io.serviceops.feedback.intake.Feedback;
import io.serviceops.feedback.invitation.InvitationDesk;
import io.serviceops.feedback.invitation.web.InvitationController.AnswerReceipt;
import io.serviceops.feedback.invitation.web.InvitationController.AnswerRequest;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The customer app answers the survey of the signed-in customer's own case, without the link's token. */
@RestController
@Tag(name = "Survey invitations")
class CaseSurveyController {

    private final InvitationDesk desk;

    CaseSurveyController(InvitationDesk desk) {
        this.desk = desk;
    }

    @PostMapping("/api/v1/feedback/cases/{complaintId}/survey")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "answerOwnCaseSurvey", summary = "Answer the survey of your own resolved complaint (customer app)",
            description = "CUSTOMER_APP only; the token's subject must be the complaint's customer, otherwise 404 as for "
                    + "a complaint without a survey. One answer per case, by app or link (409 after that); 410 when expired.")
    ResponseEntity<AnswerReceipt> answer(
            @PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String complaintId,
            @Valid @RequestBody AnswerRequest request, Authentication customer) {
        Feedback feedback = desk.answerOwnCase(complaintId, customer.getName(), request.answers());
        return ResponseEntity.created(URI.create("/api/v1/feedback/" + feedback.id()))
                .body(new AnswerReceipt(feedback.id()));
    }
}
