package jp.kyoso.testsupport.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedServerTest {

    private final List<FlakyServer> built = new ArrayList<>();

    @Test
    void aServerWhosePortWasTakenIsReplacedByOneOnOtherPorts() throws Exception {
        FlakyServer server = EmbeddedServer.startedOnFreePorts(true, () -> build(2));

        assertEquals(3, built.size());
        assertSame(built.get(2), server);
        assertTrue(server.running);
        assertFalse(Files.exists(built.get(0).directory), "a failed attempt's temporary directory is deleted");
        assertFalse(Files.exists(built.get(1).directory));
        server.close();
    }

    @Test
    void givenPortsAreNotRetried() {
        assertThrows(IllegalStateException.class, () -> EmbeddedServer.startedOnFreePorts(false, () -> build(1)));

        assertEquals(1, built.size());
    }

    @Test
    void theLastAttemptsFailureIsReported() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> EmbeddedServer.startedOnFreePorts(true, () -> build(10)));

        assertEquals(3, built.size());
        assertEquals("port taken (attempt 3)", failure.getMessage());
    }

    private FlakyServer build(int failingAttempts) {
        Path directory = EmbeddedServer.directory(null, "kyoso-flaky-", "test directory");
        FlakyServer server = new FlakyServer(directory, built.size() < failingAttempts, built.size() + 1);
        built.add(server);
        return server;
    }

    /** A server whose start fails as a bind to a taken port would. */
    private static final class FlakyServer extends EmbeddedServer {
        private final Path directory;
        private final boolean portTaken;
        private final int attempt;
        private boolean running;

        FlakyServer(Path directory, boolean portTaken, int attempt) {
            super(directory, false, "flaky-server-shutdown");
            this.directory = directory;
            this.portTaken = portTaken;
            this.attempt = attempt;
        }

        @Override
        public void start() {
            if (portTaken) {
                throw new IllegalStateException("port taken (attempt " + attempt + ")");
            }
            running = true;
        }

        @Override
        public void stop() {
            running = false;
        }
    }
}
