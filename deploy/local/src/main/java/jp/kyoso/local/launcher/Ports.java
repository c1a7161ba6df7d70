package jp.kyoso.local.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Checks of fixed ports, so that a taken port fails before anything starts rather than as a service crash (free ports
 * come from {@link jp.kyoso.testsupport.embedded.FreePorts}).
 */
public final class Ports {

    /**
     * @param port a fixed port
     * @param what who will listen on it, for the message
     * @param hint what the user can do about it
     * @throws IllegalStateException if something already listens there (a wildcard bind also catches listeners on
     *     any single interface, which is how the services bind)
     */
    static void requireFree(int port, String what, String hint) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " (" + what + ") is already in use; " + hint, e);
        }
    }
}
