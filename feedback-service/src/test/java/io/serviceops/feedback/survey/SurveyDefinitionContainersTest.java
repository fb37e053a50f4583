package io.serviceops.feedback.survey;

import io.serviceops.testsupport.ContainerInfrastructure;

@ContainerInfrastructure
class SurveyDefinitionContainersTest extends SurveyDefinitionContract {
}
