package io.serviceops.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** What the service talks to besides its store and broker, started once per test JVM. */
public final class TestEndpoints {

    public static final GreenMail MAIL = startMail();
    public static final CrmReceiver CRM = new CrmReceiver(freePort());

    private TestEndpoints() {
    }

    /** Points the mail sender at GreenMail and allow-lists exactly the test receiver's address. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.mail.host=127.0.0.1",
                    "spring.mail.port=" + MAIL.getSmtp().getPort(),
                    "serviceops.webhooks.target.allowed=127.0.0.1:" + CRM.port()).applyTo(context);
        }
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
