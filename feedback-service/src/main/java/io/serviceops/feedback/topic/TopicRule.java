package io.serviceops.feedback.topic;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** Keywords that, found in a comment, file the feedback under a topic. Operators maintain them. */
@Document("topic_rules")
public class TopicRule {

    @Id
    private String id;
    private Topic topic;
    private Language language;
    private List<String> keywords;
    private Instant updatedAt;
    @Version
    private Long version;

    TopicRule() {
    }

    static TopicRule create(String id, Topic topic, Language language, List<String> keywords, Instant now) {
        TopicRule rule = new TopicRule();
        rule.id = id;
        rule.change(topic, language, keywords, now);
        return rule;
    }

    void change(Topic newTopic, Language newLanguage, List<String> newKeywords, Instant now) {
        topic = newTopic;
        language = newLanguage;
        keywords = newKeywords.stream().map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.toLowerCase(Locale.ROOT)).distinct().toList();
        updatedAt = now;
    }

    /** How many of the rule's keywords occur in the (lower-cased) text. */
    int hits(String lowerCaseText) {
        return (int) keywords.stream().filter(lowerCaseText::contains).count();
    }

    public String id() { return id; }
    public Topic topic() { return topic; }
    public Language language() { return language; }
    public List<String> keywords() { return keywords; }
    public Instant updatedAt() { return updatedAt; }
    public Long version() { return version; }
}
