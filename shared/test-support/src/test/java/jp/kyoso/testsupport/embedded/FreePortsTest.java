package jp.kyoso.testsupport.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void portsComeFromBelowTheRangeOutgoingConnectionsUseAndAreNeverHandedOutTwice() {
        int ephemeralStart = FreePorts.ephemeralStart();
        Set<Integer> taken = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            int port = FreePorts.take();
            assertTrue(port >= FreePorts.LOWEST && port < ephemeralStart,
                    port + " is outside [" + FreePorts.LOWEST + ", " + ephemeralStart + ")");
            assertTrue(FreePorts.bindable(port), port + " can be listened on");
            taken.add(port);
        }
        assertEquals(300, taken.size());
    }

    @Test
    void aPortSomethingListensOnIsNotBindable() throws Exception {
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(0));
            assertFalse(FreePorts.bindable(listener.getLocalPort()));
        }
    }
}
