package io.dmstestkit.examples.orchestrator;

/**
 * A cut-over that could not be completed. The subclasses say why when the caller can act on it:
 * {@link PermissionDeniedException} (fix IAM, then run again) and {@link ReplicationFailedException} (the
 * replication itself failed).
 *
 * <pre>{@code
 * try {
 *     orchestrator.cutOver("orders");
 * } catch (OrchestrationException e) {
 *     alerting.page(e.getMessage());
 * }
 * }</pre>
 */
public class OrchestrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrchestrationException(String message) {
        super(message);
    }

    public OrchestrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
