package io.serviceops.conventions;

import org.springframework.boot.SpringBootConfiguration;

/** The configuration root that web slice tests of the conventions search for. */
@SpringBootConfiguration
class ConventionsTestApplication {
}
