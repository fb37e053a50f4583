package io.serviceops.feedback.retention;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class CommentRetentionEmbeddedTest extends CommentRetentionContract {
}
