package io.dmstestkit.examples.orchestrator;

import software.amazon.awssdk.services.databasemigration.model.AccessDeniedException;

/**
 * DMS refused a call for lack of permission. Retrying cannot help: a human has to fix the IAM policy, so
 * the orchestrator fails at once and says which operation was refused.
 *
 * <pre>{@code
 * catch (PermissionDeniedException e) {
 *     log.error("grant dms:{} to the cut-over role", e.operation());
 * }
 * }</pre>
 */
public final class PermissionDeniedException extends OrchestrationException {

    private static final long serialVersionUID = 1L;

    private final String operation;

    PermissionDeniedException(String operation, AccessDeniedException cause) {
        super(
                "DMS refused " + operation + ": " + cause.awsErrorDetails().errorMessage()
                        + ". Grant the cut-over role dms:" + operation + " and run the cut-over again;"
                        + " nothing was retried.",
                cause);
        this.operation = operation;
    }

    /** The DMS operation that was refused, e.g. {@code StopReplication}. */
    public String operation() {
        return operation;
    }
}
