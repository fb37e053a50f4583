package io.serviceops.complaint.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceops.complaint.complaint.Channel;
import io.serviceops.complaint.complaint.CustomerTier;
import io.serviceops.complaint.complaint.Grade;
import io.serviceops.conventions.FieldError;
import io.serviceops.conventions.problem.Forbidden;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class FilingRightsTest {

    private static final FileComplaintRequest EVERYTHING = new FileComplaintRequest("SERVICE_ATTITUDE", Channel.CRM,
            "store-1", null, "cust-77", CustomerTier.THREE_STAR, null, "rude", "CRM-1", Grade.HIGH, Grade.HIGH);
    private static final FileComplaintRequest PLAIN = new FileComplaintRequest("SERVICE_ATTITUDE", null, "store-1",
            null, null, null, null, "rude", null, null, null);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCallerWithoutALoginMayClaimNoIdentityTierPriorityChannelOrReference() {
        FilingRights rights = FilingRights.ofCurrentCaller();

        assertThat(rights).isEqualTo(FilingRights.ANONYMOUS);
        assertThat(rights.refusals(EVERYTHING, null)).extracting(FieldError::field).containsExactlyInAnyOrder(
                "customerId", "customerTier", "urgency", "importance", "externalReference", "channel");
        assertThat(rights.refusals(PLAIN, null)).isEmpty();
        assertThat(rights.defaultChannel()).isEqualTo(Channel.ONLINE_FORM);
    }

    @Test
    void theCustomerAppNamesOnlyItsOwnCustomerAndLeavesThePriorityToStaff() {
        FilingRights rights = as("cust-77", "ROLE_CUSTOMER_APP");

        assertThat(rights.refusals(EVERYTHING, "cust-77")).extracting(FieldError::field)
                .containsExactlyInAnyOrder("urgency", "importance", "externalReference", "channel");
        assertThat(rights.refusals(EVERYTHING, "cust-other")).extracting(FieldError::field).contains("customerId");
        assertThat(rights.defaultChannel()).isEqualTo(Channel.APP);
    }

    @Test
    void aCrmKeyNamesTheCustomerAndItsReferenceButNotThePriority() {
        FilingRights rights = as("crm-demo", "ROLE_INTEGRATION", "SCOPE_complaints:file");

        assertThat(rights.refusals(EVERYTHING, "crm-demo")).extracting(FieldError::field)
                .containsExactlyInAnyOrder("urgency", "importance");
        assertThat(rights.refusals(PLAIN, "crm-demo")).extracting(FieldError::field).containsExactly("channel");
    }

    @Test
    void aKeyWithoutTheFilingScopeMayNotFileAtAll() {
        assertThatThrownBy(() -> as("crm-feedback", "ROLE_INTEGRATION", "SCOPE_feedback:file", "SCOPE_complaints:act"))
                .isInstanceOf(Forbidden.class).hasMessageContaining("complaints:file");
    }

    @Test
    void staffSetEverything() {
        assertThat(as("agent-7", "ROLE_AGENT").refusals(EVERYTHING, "agent-7")).isEmpty();
    }

    private static FilingRights as(String subject, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(subject,
                null, AuthorityUtils.createAuthorityList(authorities)));
        return FilingRights.ofCurrentCaller();
    }
}
