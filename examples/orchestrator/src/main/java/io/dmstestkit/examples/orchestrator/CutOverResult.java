package io.dmstestkit.examples.orchestrator;

import java.util.List;

/**
 * What a completed cut-over reports.
 *
 * <pre>{@code
 * CutOverResult result = orchestrator.cutOver("orders");
 * log.info("{} after {} restart(s): {}", result.stopReason(), result.restarts(), result.notes());
 * }</pre>
 *
 * @param replicationConfigArn the config that was cut over
 * @param stopReason why the replication stopped, as DMS reports it ({@code Stop Reason NORMAL} after a
 *     cut-over, {@code Stop Reason FULL_LOAD_ONLY_FINISHED} for a full-load-only replication)
 * @param restarts how often the orchestrator restarted a failed run (reload-target or resume-processing)
 * @param notes what happened on the way, in order: retries, restarts, anything an operator should know
 */
public record CutOverResult(String replicationConfigArn, String stopReason, int restarts, List<String> notes) {

    public CutOverResult {
        notes = List.copyOf(notes);
    }
}
