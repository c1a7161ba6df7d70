package jp.kyoso.local.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class KyosoLocalTest {

    @Test
    void upAloneKeepsDataOnTheDefaultPort() {
        LaunchCommand command = LaunchCommand.parse("up");

        assertEquals(LaunchCommand.Action.UP, command.action());
        assertFalse(command.fresh());
        assertEquals(8080, command.port());
    }

    @Test
    void freshAndPortInAnyOrderAndEitherSpelling() {
        assertEquals(new LaunchCommand(LaunchCommand.Action.UP, true, 9080),
                LaunchCommand.parse("up", "--port", "9080", "--fresh"));
        assertEquals(new LaunchCommand(LaunchCommand.Action.UP, true, 9080),
                LaunchCommand.parse("up", "--fresh", "--port=9080"));
    }

    @Test
    void helpInAnyForm() {
        for (String help : new String[] {"help", "-h", "--help"}) {
            assertEquals(LaunchCommand.Action.HELP, LaunchCommand.parse(help).action());
        }
        assertEquals(LaunchCommand.Action.HELP, LaunchCommand.parse("up", "--help").action());
    }

    @Test
    void mistakesAreReportedNotGuessed() {
        assertMessage("no command given");
        assertMessage("unknown command 'down'", "down");
        assertMessage("unknown option '--frsh'", "up", "--frsh");
        assertMessage("--port needs a number", "up", "--port");
        assertMessage("--port needs a number, got 'abc'", "up", "--port", "abc");
        assertMessage("--port must be between 1024 and 65530, got 80", "up", "--port", "80");
        assertMessage("--port must be between 1024 and 65530, got 65531", "up", "--port=65531");
    }

    @Test
    void findsTheRepositoryItWasBuiltIn() {
        assertTrue(Files.isRegularFile(KyosoLocal.repositoryRoot().resolve("kyoso")),
                "expected the ./kyoso script in " + KyosoLocal.repositoryRoot());
    }

    private static void assertMessage(String message, String... args) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> LaunchCommand.parse(args));
        assertEquals(message, error.getMessage());
    }
}
