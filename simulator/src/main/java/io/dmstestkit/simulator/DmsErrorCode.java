package io.dmstestkit.simulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The AWS DMS errors a fault can answer with, by the short names teams use ({@code AccessDenied}) and
 * the full codes the wire carries ({@code AccessDeniedFault}). Any other code can still be used as a
 * custom error: see {@link #resolve(String)}.
 *
 * <pre>{@code
 * DmsErrorCode.resolve("AccessDenied").code();        // "AccessDeniedFault"
 * DmsErrorCode.resolve("AccessDeniedFault").status(); // 400
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public enum DmsErrorCode {
    RESOURCE_NOT_FOUND("ResourceNotFound", "ResourceNotFoundFault", 400, "Resource not found"),
    INVALID_RESOURCE_STATE(
            "InvalidResourceState",
            "InvalidResourceStateFault",
            400,
            "The resource is in a state that does not allow this call"),
    ACCESS_DENIED("AccessDenied", "AccessDeniedFault", 400, "User is not authorized to perform this operation"),
    FAILED_DEPENDENCY("FailedDependency", "FailedDependencyFault", 400, "A dependency of the operation failed"),
    THROTTLING("Throttling", "ThrottlingException", 400, "Rate exceeded"),
    RESOURCE_QUOTA_EXCEEDED(
            "ResourceQuotaExceeded", "ResourceQuotaExceededFault", 400, "The quota for this resource is exceeded"),
    INVALID_OPERATION("InvalidOperation", "InvalidOperationFault", 400, "The operation is not valid for this resource"),
    KMS_KEY_NOT_ACCESSIBLE("KMSKeyNotAccessible", "KMSKeyNotAccessibleFault", 400, "The KMS key is not accessible"),
    RESOURCE_ALREADY_EXISTS("ResourceAlreadyExists", "ResourceAlreadyExistsFault", 400, "The resource already exists"),
    INVALID_PARAMETER_VALUE(
            "InvalidParameterValue", "InvalidParameterValueException", 400, "A parameter value is not valid"),
    INVALID_PARAMETER_COMBINATION(
            "InvalidParameterCombination",
            "InvalidParameterCombinationException",
            400,
            "The parameters cannot be combined"),
    INTERNAL_FAILURE(
            "InternalFailure", "InternalFailure", 500, "The request processing has failed because of an unknown error"),
    SERVICE_UNAVAILABLE("ServiceUnavailable", "ServiceUnavailable", 503, "The service is unavailable");

    private final String shortName;
    private final String code;
    private final int status;
    private final String defaultMessage;

    DmsErrorCode(String shortName, String code, int status, String defaultMessage) {
        this.shortName = shortName;
        this.code = code;
        this.status = status;
        this.defaultMessage = defaultMessage;
    }

    /** The name teams use, e.g. {@code AccessDenied}. */
    public String shortName() {
        return shortName;
    }

    /** The error code on the wire ({@code __type}), e.g. {@code AccessDeniedFault}. */
    public String code() {
        return code;
    }

    /** The HTTP status DMS answers this error with. */
    public int status() {
        return status;
    }

    public String defaultMessage() {
        return defaultMessage;
    }

    /** Finds a known error by short name, full code or enum name, ignoring case. */
    public static Optional<DmsErrorCode> find(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(e -> e.shortName.toLowerCase(Locale.ROOT).equals(wanted)
                        || e.code.toLowerCase(Locale.ROOT).equals(wanted)
                        || e.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /**
     * The error a name stands for: a known one, or a custom code answered with HTTP 400 (so any DMS
     * error code, such as {@code SNSInvalidTopicFault}, can be staged).
     */
    public static ResolvedError resolve(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an error code is required, e.g. AccessDenied or ResourceNotFoundFault");
        }
        return find(name)
                .map(e -> new ResolvedError(e.code, e.status, e.defaultMessage))
                .orElseGet(() -> new ResolvedError(name.trim(), 400, name.trim()));
    }

    /** An error code with its HTTP status and a default message. */
    public record ResolvedError(String code, int status, String defaultMessage) {}
}
