package io.serviceops.eventing.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The producing side of the plumbing tests: an aggregate store with an outbox and its relay. */
@SpringBootApplication
public class ParcelApplication {
}
