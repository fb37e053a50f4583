package io.serviceops.complaint.followup;

import io.serviceops.complaint.complaint.Channel;
import io.serviceops.complaint.complaint.ComplaintDraft;
import io.serviceops.complaint.complaint.ComplaintIntake;
import io.serviceops.complaint.types.ComplaintType;
import io.serviceops.complaint.types.ComplaintTypeCatalog;
import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.eventing.privacy.shredding.CustomerKeyDirectory;
import io.serviceops.eventing.privacy.shredding.PersonalEventFields;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.feedback.NegativeFeedbackReceived;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Opens a follow-up complaint for strongly negative feedback. The complaint's id is derived from the
 * feedback id, so a redelivered event (or the same feedback reported twice) opens one complaint. The
 * customer's id and comment arrive sealed under their key (crypto-shredding): a follow-up needs them, so they
 * are opened; once the customer was erased they read as erased and the follow-up is anonymous.
 */
@Component
class NegativeFeedbackFollowUp implements EventHandler<NegativeFeedbackReceived> {

    /** Feedback channels (顾客反馈) mapped to the complaint channel that reaches the same customer. */
    private static final Map<String, Channel> CHANNELS = Map.of(
            "MOBILE_APP", Channel.APP, "APP", Channel.APP, "SOCIAL_MEDIA", Channel.SOCIAL_MEDIA,
            "SUGGESTION_BOX", Channel.SUGGESTION_BOX, "HOTLINE", Channel.PHONE, "PHONE", Channel.PHONE,
            "INTERVIEW", Channel.IN_STORE, "IN_STORE", Channel.IN_STORE, "EMAIL", Channel.EMAIL);

    private final ComplaintIntake intake;
    private final ComplaintTypeCatalog types;
    private final CustomerKeyDirectory customerKeys;

    NegativeFeedbackFollowUp(ComplaintIntake intake, ComplaintTypeCatalog types, CustomerKeyDirectory customerKeys) {
        this.intake = intake;
        this.types = types;
        this.customerKeys = customerKeys;
    }

    @Override
    public Class<NegativeFeedbackReceived> eventType() {
        return NegativeFeedbackReceived.class;
    }

    @Override
    public void handle(EventEnvelope<NegativeFeedbackReceived> event) {
        NegativeFeedbackReceived sealed = event.data();
        NegativeFeedbackReceived feedback = sealed.withCustomer(
                customerKeys.open(sealed.customerId(), PersonalEventFields.CUSTOMER_ID).valueOrNull(),
                customerKeys.open(sealed.comment(), PersonalEventFields.COMMENT).value());
        String type = types.exists(feedback.topic()) ? feedback.topic() : ComplaintType.OTHER;
        intake.fileFollowUp(new ComplaintDraft(type, CHANNELS.getOrDefault(feedback.channel(), Channel.ONLINE_FORM),
                feedback.storeId(), feedback.staffId(), feedback.customerId(), null, null, description(feedback), null,
                null, null, feedback.feedbackId()));
    }

    private static String description(NegativeFeedbackReceived feedback) {
        String ratings = "satisfaction " + (feedback.satisfaction() == null ? "-" : feedback.satisfaction() + "/5")
                + ", NPS " + (feedback.nps() == null ? "-" : feedback.nps());
        String comment = feedback.comment() == null || feedback.comment().isBlank() ? "(no comment)" : feedback.comment();
        return "Follow-up of negative feedback " + feedback.feedbackId() + " (" + ratings + "): " + comment;
    }
}
