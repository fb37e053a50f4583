package io.serviceops.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class ServiceArchitectureTest {

    @Test
    void findsTwoFeaturesThatUseEachOther() {
        var classes = new ClassFileImporter().importPackages("io.serviceops.archsample");

        var result = ServiceArchitecture.featuresAreFreeOfCycles.evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("feature left", "feature right");
    }
}
