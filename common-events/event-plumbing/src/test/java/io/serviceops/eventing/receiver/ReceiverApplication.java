package io.serviceops.eventing.receiver;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The consuming side of the plumbing tests: another service that reacts to the parcels' events. */
@SpringBootApplication
public class ReceiverApplication {
}
