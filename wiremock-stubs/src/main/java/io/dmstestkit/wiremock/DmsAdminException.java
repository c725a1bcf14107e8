package io.dmstestkit.wiremock;

import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * A call to the DMS admin API that did not work: the server refused it (its status and message are kept),
 * or it could not be reached.
 *
 * <pre>{@code
 * try {
 *     admin.disarm("fault-9");
 * } catch (DmsAdminException e) {
 *     e.status();          // OptionalInt[404]
 *     e.serverMessage();   // "no armed fault has the id 'fault-9'; armed: fault-1"
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsAdminException extends RuntimeException {

    private final int status;
    private final String serverMessage;

    DmsAdminException(String request, int status, String serverMessage) {
        super(request + " answered " + status + ": " + serverMessage);
        this.status = status;
        this.serverMessage = serverMessage;
    }

    DmsAdminException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.serverMessage = null;
    }

    /** The HTTP status the server answered; empty when there was no answer. */
    public OptionalInt status() {
        return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** What the server said was wrong, or {@code null} when there was no answer. */
    public String serverMessage() {
        return serverMessage;
    }
}
