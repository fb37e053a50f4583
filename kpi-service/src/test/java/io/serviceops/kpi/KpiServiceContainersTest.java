package io.serviceops.kpi;

import io.serviceops.testsupport.ContainerInfrastructure;

@ContainerInfrastructure
class KpiServiceContainersTest extends KpiServiceContract {
}
