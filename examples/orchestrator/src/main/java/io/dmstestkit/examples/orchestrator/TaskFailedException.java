package io.dmstestkit.examples.orchestrator;

/**
 * A classic replication task stopped in a way the orchestrator cannot continue from: it {@code failed}, or
 * it stopped for a reason other than the orchestrator's own stop or a finished full load.
 *
 * <pre>{@code
 * catch (TaskFailedException e) {
 *     ticket.open(e.stopReason(), e.lastFailureMessage());
 * }
 * }</pre>
 */
public final class TaskFailedException extends OrchestrationException {

    private static final long serialVersionUID = 1L;

    private final String stopReason;
    private final String lastFailureMessage;

    TaskFailedException(String task, String status, String stopReason, String lastFailureMessage) {
        super("Replication task '" + task + "' is " + status + " (" + stopReason + "): " + lastFailureMessage);
        this.stopReason = stopReason;
        this.lastFailureMessage = lastFailureMessage;
    }

    /** As DMS reports it, e.g. {@code Stop Reason FATAL_ERROR}. */
    public String stopReason() {
        return stopReason;
    }

    /** DMS's {@code LastFailureMessage} of the task; null when it has none. */
    public String lastFailureMessage() {
        return lastFailureMessage;
    }
}
