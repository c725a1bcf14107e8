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
