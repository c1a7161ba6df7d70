package jp.kyoso.testsupport.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the servers the project starts itself (embedded PostgreSQL, Kafka and mail, the services of
 * {@code ./kyoso up}, the bench and the tests), chosen below the kernel's ephemeral range. A port the kernel hands out
 * ({@code new ServerSocket(0)}) is one it also gives to outgoing connections: a service's JDBC or Kafka connection
 * took such a port between its choice and the bind, and a service of the bench failed to start with "Address already
 * in use" (2026-12-07). Below that range only another listener can take it.
 */
public final class FreePorts {

    static final int LOWEST = 20_000;
    /** Linux's default start of the ephemeral range; others (BSD, macOS, Windows) start higher. */
    private static final int DEFAULT_EPHEMERAL_START = 32_768;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int ATTEMPTS = 200;
    /** A port is handed out once per JVM, so two servers starting side by side never get the same one. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** @return a port nothing listens on right now, below the ephemeral range, not handed out before in this JVM */
    public static int take() {
        int end = ephemeralStart();
        if (end - LOWEST >= ATTEMPTS) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                int port = ThreadLocalRandom.current().nextInt(LOWEST, end);
                if (HANDED_OUT.add(port) && bindable(port)) {
                    return port;
                }
            }
        }
        // A machine whose ephemeral range starts low, or a crowded one: the kernel's choice, with its small risk.
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not find a free port", e);
            }
        }
    }

    /** The first port the kernel may give an outgoing connection. */
    static int ephemeralStart() {
        try {
            // Read as lines: the file gives its size as 0, and a read by size stopped after one character.
            String[] range = Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+");
            return Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException notLinux) {
            return DEFAULT_EPHEMERAL_START;
        }
    }

    /** On every interface, as the services bind: a listener on any single one also makes this fail. */
    static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
