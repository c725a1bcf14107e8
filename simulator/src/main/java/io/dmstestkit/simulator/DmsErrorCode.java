package io.dmstestkit.simulator;

import io.dmstestkit.simulator.internal.text.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
     * Every error code the DMS API model declares (the {@code …Fault} shapes the SDK maps to exceptions) and
     * the generic AWS codes DMS answers with; a fault may use any of them by its exact name.
     */
    static final List<String> MODEL_CODES = List.of(
            "AccessDeniedFault",
            "CollectorNotFoundFault",
            "FailedDependencyFault",
            "InsufficientResourceCapacityFault",
            "InvalidCertificateFault",
            "InvalidOperationFault",
            "InvalidResourceStateFault",
            "InvalidSubnet",
            "KMSAccessDeniedFault",
            "KMSDisabledFault",
            "KMSFault",
            "KMSInvalidStateFault",
            "KMSKeyNotAccessibleFault",
            "KMSNotFoundFault",
            "KMSThrottlingFault",
            "ReplicationSubnetGroupDoesNotCoverEnoughAZs",
            "ResourceAlreadyExistsFault",
            "ResourceNotFoundFault",
            "ResourceQuotaExceededFault",
            "S3AccessDeniedFault",
            "S3ResourceNotFoundFault",
            "SNSInvalidTopicFault",
            "SNSNoAuthorizationFault",
            "StorageQuotaExceededFault",
            "SubnetAlreadyInUse",
            "UpgradeDependencyFailureFault",
            "InvalidParameterValueException",
            "InvalidParameterCombinationException",
            "ValidationException",
            "SerializationException",
            "UnknownOperationException",
            "ThrottlingException",
            "InternalFailure",
            "ServiceUnavailable");

    /**
     * The error a name stands for: a known one by short name or code, any other error code of the DMS
     * API model by its exact name, or a custom code answered with HTTP 400. A name that is only a typo
     * away from a known one ({@code AccesDenied}) is refused with a suggestion: the SDK would not
     * recognise it, and the test would check something other than what its author meant. A deliberately
     * custom code is one that is far from every known name.
     *
     * @throws IllegalArgumentException for a blank name or a near-miss of a known one
     */
    public static ResolvedError resolve(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an error code is required, e.g. AccessDenied or ResourceNotFoundFault");
        }
        String trimmed = name.trim();
        Optional<DmsErrorCode> known = find(trimmed);
        if (known.isPresent()) {
            return new ResolvedError(known.get().code, known.get().status, known.get().defaultMessage);
        }
        Optional<String> modelCode =
                MODEL_CODES.stream().filter(trimmed::equalsIgnoreCase).findFirst();
        if (modelCode.isPresent()) {
            return new ResolvedError(modelCode.get(), 400, modelCode.get());
        }
        Optional<String> nearMiss = Suggestions.closest(trimmed, knownNames());
        if (nearMiss.isPresent()) {
            throw new IllegalArgumentException("unknown error code '" + trimmed + "'; did you mean '" + nearMiss.get()
                    + "'? (a custom error code must differ clearly from every DMS error code)");
        }
        return new ResolvedError(trimmed, 400, trimmed);
    }

    /** Every name {@link #resolve(String)} recognises: the short names and the codes. */
    public static List<String> knownNames() {
        List<String> names = new ArrayList<>();
        Arrays.stream(values()).map(DmsErrorCode::shortName).forEach(names::add);
        MODEL_CODES.stream().filter(code -> !names.contains(code)).forEach(names::add);
        return List.copyOf(names);
    }

    /** An error code with its HTTP status and a default message. */
    public record ResolvedError(String code, int status, String defaultMessage) {}
}
