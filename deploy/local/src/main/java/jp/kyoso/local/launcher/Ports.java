package jp.kyoso.local.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/** Port choice and checks, so that a taken port fails before anything starts rather than as a service crash. */
public final class Ports {

    private final Set<Integer> handedOut = new HashSet<>();

    /** @return a port free right now and not handed out before by this object */
    public int free() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (handedOut.add(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not find a free port", e);
            }
        }
    }

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
