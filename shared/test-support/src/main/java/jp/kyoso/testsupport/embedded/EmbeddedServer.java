package jp.kyoso.testsupport.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the embedded servers share about their directory and their end: a given directory persists, a temporary one
 * is deleted on {@link #close()}; a server that cannot start is closed again, and one a test JVM forgets to close is
 * closed by a shutdown hook. Stopping and starting again in between is each server's own.
 */
abstract class EmbeddedServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);

    private static final int PORT_ATTEMPTS = 3;

    private final Path directory;
    private final boolean persistent;
    private final Thread shutdownHook;
    private boolean closed;

    EmbeddedServer(Path directory, boolean persistent, String shutdownThreadName) {
        this.directory = directory;
        this.persistent = persistent;
        this.shutdownHook = new Thread(this::closeQuietly, shutdownThreadName);
    }

    /**
     * @param directoryOrNull where the server keeps its data, created if missing, or {@code null} for a new temporary
     *     directory named {@code <temporaryPrefix>…}
     */
    static Path directory(Path directoryOrNull, String temporaryPrefix, String what) {
        try {
            return directoryOrNull == null
                    ? Files.createTempDirectory(temporaryPrefix)
                    : Files.createDirectories(directoryOrNull.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the " + what, e);
        }
    }

    /** Starts a new server; closes it again (deleting a temporary directory) when it cannot start. */
    static <S extends EmbeddedServer> S started(S server) {
        EmbeddedServer starting = server;
        Runtime.getRuntime().addShutdownHook(starting.shutdownHook);
        try {
            starting.start();
        } catch (RuntimeException e) {
            starting.closeQuietly();
            throw e;
        }
        return server;
    }

    /**
     * Starts a new server as {@link #started} does, but when its ports were chosen here and it cannot start, tries
     * again with a server on freshly chosen ports: a port that was free when chosen can be bound by another process (or
     * another server of this JVM starting in parallel) before this one binds it. Without the retry one such clash
     * fails every test of the JVM, since the test infrastructure starts once per JVM.
     *
     * @param portsChosenHere whether {@code newServer} picks free ports itself; given ports are not retried
     * @param newServer builds a server, choosing its ports and directory anew on each call
     */
    static <S extends EmbeddedServer> S startedOnFreePorts(boolean portsChosenHere, Supplier<S> newServer) {
        for (int attempt = 1; ; attempt++) {
            try {
                return started(newServer.get());
            } catch (RuntimeException e) {
                if (!portsChosenHere || attempt == PORT_ATTEMPTS) {
                    throw e;
                }
                LOG.warn("Could not start on the ports chosen (attempt {} of {}); trying others", attempt,
                        PORT_ATTEMPTS, e);
            }
        }
    }

    /** Whether the directory was given (and so persists) rather than temporary. */
    final boolean persistent() {
        return persistent;
    }

    public abstract void start();

    public abstract void stop();

    /** Throws once the server is closed; call it holding the server's monitor. */
    final void requireOpen(String what) {
        if (closed) {
            throw new IllegalStateException(what + " is closed");
        }
    }

    /** Stops the server; a temporary directory is deleted. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            stop();
            closed = true;
            if (!persistent) {
                LocalResources.deleteRecursively(directory);
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to; nothing left to undo.
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            LOG.warn("Could not close {}", this, e);
        }
    }
}
