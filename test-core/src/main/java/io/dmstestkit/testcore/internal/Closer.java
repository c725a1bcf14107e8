package io.dmstestkit.testcore.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Closes what a session opened, last opened first, so nothing is closed while something opened after it
 * still uses it (clients before the server they talk to). Every resource gets its close call even when an
 * earlier one fails; the first failure is thrown with the others suppressed.
 *
 * <pre>{@code
 * DmsServer server = closer.register(DmsServer.builder().start());
 * DatabaseMigrationClient client = closer.register(SdkClients.http(server.baseUri(), account, region));
 * closer.close();                                   // the client, then the server
 * }</pre>
 */
public final class Closer implements AutoCloseable {

    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private boolean closed;

    /**
     * Remembers a resource to close; returns it.
     *
     * @throws IllegalStateException after {@link #close()}, having closed the resource: nothing would
     *     close it later
     */
    public <T extends AutoCloseable> T register(T resource) {
        synchronized (this) {
            if (!closed) {
                opened.push(resource);
                return resource;
            }
        }
        try {
            resource.close();
        } catch (Exception e) {
            // the session is closed already; the refusal below is what the caller needs to hear
        }
        throw new IllegalStateException("the DMS test session is closed: its test has finished");
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        RuntimeException failure = null;
        AutoCloseable next;
        while ((next = next()) != null) {
            try {
                next.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("closing the DMS test session failed: " + e, e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private synchronized AutoCloseable next() {
        return opened.poll();
    }
}
