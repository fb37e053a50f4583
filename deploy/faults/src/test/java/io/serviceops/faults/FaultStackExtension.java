package io.serviceops.faults;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One stack for every fault class of the run: started before the first class, stopped by JUnit when
 * the run ends (the store closes it as an AutoCloseable, whatever the outcome). Classes get it as a
 * parameter of their {@code @BeforeAll}.
 */
final class FaultStackExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        stack(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FaultStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context);
    }

    private static FaultStack stack(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        FaultStack stack = store.computeIfAbsent(FaultStack.class, key -> create(), FaultStack.class);
        assumeTrue(stack.missingJars().isEmpty(), () -> "Skipping the fault tests: not packaged yet: "
                + stack.missingJars() + ". Run them in the reactor (./mvnw verify) or after ./mvnw -DskipTests package.");
        if (stack.startFailure() != null) {
            throw new IllegalStateException("the fault stack did not start (once per run, not retried per class)",
                    stack.startFailure());
        }
        return stack;
    }

    private static FaultStack create() {
        Path repo = Path.of(System.getProperty("serviceops.repo.root", "../..")).toAbsolutePath().normalize();
        String running = System.getProperty("serviceops.faults.stack");
        if (running != null) {
            // While iterating: a stack already started on these ports, with that data directory; left running.
            return new FaultStack(repo, Path.of(running));
        }
        FaultStack stack;
        try {
            // A fresh data directory per run, under target/ so that `mvn clean` removes it with its logs.
            Path target = Files.createDirectories(repo.resolve("deploy/faults/target"));
            stack = new FaultStack(repo, Files.createTempDirectory(target, "stack-"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            if (stack.missingJars().isEmpty()) {
                stack.start();
            }
        } catch (Throwable failure) {
            // run.sh has already stopped what it started; remembering the failure keeps the other classes
            // from trying (and waiting) again.
            stack.failedToStart(failure);
        }
        return stack;
    }
}
