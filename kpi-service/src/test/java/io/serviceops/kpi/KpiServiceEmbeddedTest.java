package io.serviceops.kpi;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class KpiServiceEmbeddedTest extends KpiServiceContract {
}
