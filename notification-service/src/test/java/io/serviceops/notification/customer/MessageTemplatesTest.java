package io.serviceops.notification.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Pattern;
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

    @Test
    void everyTemplateHasBothLanguagesWithTheSamePlaceholders() {
        var control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        var chinese = ResourceBundle.getBundle("i18n/notification-templates", Locale.SIMPLIFIED_CHINESE, control);
        var english = ResourceBundle.getBundle("i18n/notification-templates", Locale.ENGLISH, control);

        assertThat(new TreeSet<>(english.keySet())).isEqualTo(new TreeSet<>(chinese.keySet()))
                .contains("IMPROVEMENT_OUTCOME.body", "STANDARD_ACKNOWLEDGEMENT_OVERDUE.body");
        for (String key : chinese.keySet()) {
            assertThat(placeholders(english.getString(key))).as(key).isEqualTo(placeholders(chinese.getString(key)));
        }
    }

    @Test
    void tellsTheOutcomeOfAnImprovementAndRemindsStaffInTheirLanguage() {
        var outcome = templates.render("IMPROVEMENT_OUTCOME", "en", Map.of("complaintId", "cmp-1",
                "measure", "Second counter", "outcome", "Opens at rush hour"));
        var reminder = templates.render("STANDARD_ACKNOWLEDGEMENT_OVERDUE", "zh-CN", Map.of("title", "投诉处理时限",
                "standardId", "std-1", "major", "2", "dueSince", "2026-12-04T01:30:00Z"));

        assertThat(outcome.body()).contains("Second counter", "The outcome: Opens at rush hour");
        assertThat(reminder.subject()).isEqualTo("请确认已阅读服务标准《投诉处理时限》第 2 版");
        assertThat(reminder.body()).contains("2026-12-04 09:30 (Asia/Shanghai)");
    }

    private static TreeSet<String> placeholders(String text) {
        var found = new TreeSet<String>();
        Pattern.compile("\\{([A-Za-z]+)}").matcher(text).results().forEach(match -> found.add(match.group(1)));
        return found;
    }
}
