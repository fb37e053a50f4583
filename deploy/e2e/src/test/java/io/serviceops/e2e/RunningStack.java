package io.serviceops.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the local stack once for every test class of this module that needs it (the scenario, the
 * API contract) and stops it when the last one is done: the store closes it with the test run. Nothing
 * is started with {@code -Dserviceops.e2e.stack=running}.
 */
final class RunningStack implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningStack.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!WhenPackaged.againstRunningStack()) {
            context.getRoot().getStore(NAMESPACE).computeIfAbsent(LocalStack.class, key -> started(), LocalStack.class);
        }
    }

    /** The shared stack, for a step that stops it (the scenario's store-file check). */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class && !WhenPackaged.againstRunningStack();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).get(LocalStack.class, LocalStack.class);
    }

    private static LocalStack started() {
        try {
            Path repo = WhenPackaged.repo();
            // A fresh data directory per run, under target/ so that `mvn clean` removes it with its logs.
            Path target = Files.createDirectories(repo.resolve("deploy/e2e/target"));
            LocalStack stack = new LocalStack(repo, Files.createTempDirectory(target, "stack-"));
            stack.start();
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the stack", e);
        }
    }
}
