package io.ismsflow.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * One in-memory engine per JVM, started on a free port on first use. It keeps its state in memory only and
 * its keys restart at the same values on every start, so it lives exactly as long as the JVM.
 */
final class SharedInMemoryEngine {

    private static ZeebeTestEngine engine;

    private SharedInMemoryEngine() {
    }

    static synchronized ZeebeTestEngine get() {
        if (engine == null) {
            ZeebeTestEngine started = EngineFactory.create(freePort());
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "in-memory-engine-stop"));
            engine = started;
        }
        return engine;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the in-memory engine", e);
        }
    }
}
