package io.serviceops.complaint.complaint;

import io.serviceops.complaint.sla.BusinessCalendar;
import io.serviceops.complaint.sla.SlaTerms;
import java.time.Duration;
import java.time.Instant;

/** Builds complaints in the states tests start from. */
final class ComplaintMother {

    static final Instant FILED = Instant.parse("2026-11-06T10:00:00Z");
    static final SlaTerms ATTITUDE = new SlaTerms("SERVICE_ATTITUDE", 1, Duration.ofHours(4), Duration.ofHours(24),
            BusinessCalendar.calendarHours(), 75, 100, Duration.ofDays(7), Duration.ofHours(24));

    private ComplaintMother() {
    }

    static ComplaintDraft draft() {
        return new ComplaintDraft("SERVICE_ATTITUDE", Channel.PHONE, "store-sh-01", "staff-042", "cust-77",
                CustomerTier.TWO_STAR, new Contact("+86 21 5555 0101", null, null, null), "Clerk was rude", null, null, null, null);
    }

    static Complaint filed() {
        return Complaint.file("cmp-1", draft(), ATTITUDE, "agent-7", FILED);
    }

    static Complaint assigned() {
        Complaint complaint = filed();
        complaint.assign("CUSTOMER_SUPPORT", "agent-7", "lead-1", FILED.plusSeconds(60));
        return complaint;
    }

    static Complaint investigated() {
        Complaint complaint = assigned();
        complaint.investigate(RootCause.STAFF_CONDUCT, "confirmed by CCTV", "agent-7", FILED.plusSeconds(600));
        return complaint;
    }

    static Complaint resolved() {
        Complaint complaint = investigated();
        complaint.resolve(null, Handling.APOLOGY, "apologised", "agent-7", null, FILED.plusSeconds(3600));
        return complaint;
    }
}
