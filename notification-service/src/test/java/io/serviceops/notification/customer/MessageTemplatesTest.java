package io.serviceops.notification.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplatesTest {

    private final MessageTemplates templates = new MessageTemplates(new NotificationProperties(ZoneId.of("Asia/Shanghai"),
            "from", "http://gw", 5, Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofSeconds(5),
            new NotificationProperties.Sms(null, null, Duration.ofSeconds(5))));

    private static final Map<String, String> PARAMETERS = Map.of("complaintId", "cmp-1",
            "resolutionDue", "2026-12-04T01:30:00Z", "trackingLink", "http://gw/api/v1/complaints/tracking/t");

    @Test
    void writesThePromisedTimeAsLocalTimeInTheCustomersLanguage() {
        var english = templates.render("COMPLAINT_ACKNOWLEDGED", "en", PARAMETERS);
        var chinese = templates.render("COMPLAINT_ACKNOWLEDGED", "zh-CN", PARAMETERS);

        assertThat(english.body()).contains("by 2026-12-04 09:30 (Asia/Shanghai)", "http://gw/api/v1/complaints/tracking/t");
        assertThat(chinese.subject()).isEqualTo("我们已收到您的投诉（cmp-1）");
        assertThat(chinese.body()).contains("2026-12-04 09:30 (Asia/Shanghai) 之前处理完毕");
    }

    @Test
    void anyOtherLanguageGetsChinese() {
        assertThat(templates.render("SURVEY_INVITATION", "fr", Map.of("complaintId", "cmp-1")).subject())
                .startsWith("请评价");
    }
}
