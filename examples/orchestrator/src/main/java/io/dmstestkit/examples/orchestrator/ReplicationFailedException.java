package io.dmstestkit.examples.orchestrator;

import java.util.List;

/**
 * The replication failed and the orchestrator gave up: after a second {@code FATAL_ERROR} (one
 * reload-target is tried), or after more {@code RECOVERABLE_ERROR}s than it resumes from.
 *
 * <pre>{@code
 * catch (ReplicationFailedException e) {
 *     ticket.open(e.stopReason(), e.failureMessages());
 * }
 * }</pre>
 */
public final class ReplicationFailedException extends OrchestrationException {

    private static final long serialVersionUID = 1L;

    private final String stopReason;
    private final List<String> failureMessages;

    ReplicationFailedException(String replication, String stopReason, List<String> failureMessages, String why) {
        super("Replication '" + replication + "' failed (" + stopReason + "): " + failureMessages + "; " + why);
        this.stopReason = stopReason;
        this.failureMessages = List.copyOf(failureMessages);
    }

    /** As DMS reports it, e.g. {@code Stop Reason FATAL_ERROR}. */
    public String stopReason() {
        return stopReason;
    }

    /** DMS's {@code FailureMessages} of the last failed run. */
    public List<String> failureMessages() {
        return failureMessages;
    }
}
