package io.dmstestkit.simulator.internal;

/**
 * An error the simulated service answers with: an AWS error code (the {@code __type} on the wire), the
 * HTTP status and a message. Handlers throw it; the protocol layer turns it into the AWS error JSON.
 */
public final class ServiceError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final int httpStatus;

    public ServiceError(String code, int httpStatus, String message) {
        super(message, null, false, false);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** How much of a caller's value a message repeats: enough to recognise it, never a whole 10 MB body. */
    public static final int ECHO_LIMIT = 100;

    /** The longest message an error carries; longer ones are cut (a backstop behind {@link #echo}). */
    public static final int MESSAGE_LIMIT = 4096;

    /**
     * A caller's value as a message may repeat it: whole up to {@value #ECHO_LIMIT} characters, cut
     * beyond with the count of what was left out.
     *
     * <pre>{@code
     * ServiceError.invalidParameterValue("Marker '" + ServiceError.echo(marker) + "' is not valid");
     * }</pre>
     */
    public static String echo(String value) {
        if (value == null || value.length() <= ECHO_LIMIT) {
            return value;
        }
        return value.substring(0, ECHO_LIMIT) + "… (" + (value.length() - ECHO_LIMIT) + " more characters)";
    }

    /** The message, cut to {@value #MESSAGE_LIMIT} characters. */
    public String boundedMessage() {
        String message = String.valueOf(getMessage());
        if (message.length() <= MESSAGE_LIMIT) {
            return message;
        }
        return message.substring(0, MESSAGE_LIMIT) + "… (" + (message.length() - MESSAGE_LIMIT) + " more characters)";
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public static ServiceError resourceNotFound(String message) {
        return new ServiceError("ResourceNotFoundFault", 400, message);
    }

    public static ServiceError invalidResourceState(String message) {
        return new ServiceError("InvalidResourceStateFault", 400, message);
    }

    public static ServiceError alreadyExists(String message) {
        return new ServiceError("ResourceAlreadyExistsFault", 400, message);
    }

    public static ServiceError quotaExceeded(String message) {
        return new ServiceError("ResourceQuotaExceededFault", 400, message);
    }

    public static ServiceError invalidParameterValue(String message) {
        return new ServiceError("InvalidParameterValueException", 400, message);
    }

    public static ServiceError invalidParameterCombination(String message) {
        return new ServiceError("InvalidParameterCombinationException", 400, message);
    }

    public static ServiceError validation(String message) {
        return new ServiceError("ValidationException", 400, message);
    }

    public static ServiceError serialization(String message) {
        return new ServiceError("SerializationException", 400, message);
    }

    public static ServiceError unknownOperation(String message) {
        return new ServiceError("UnknownOperationException", 400, message);
    }

    public static ServiceError invalidOperation(String message) {
        return new ServiceError("InvalidOperationFault", 400, message);
    }
}
