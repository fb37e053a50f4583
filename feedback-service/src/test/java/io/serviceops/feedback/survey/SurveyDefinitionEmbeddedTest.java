package io.serviceops.feedback.survey;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class SurveyDefinitionEmbeddedTest extends SurveyDefinitionContract {
}
