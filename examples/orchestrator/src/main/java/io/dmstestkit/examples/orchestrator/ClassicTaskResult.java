package io.dmstestkit.examples.orchestrator;

import java.util.List;

/**
 * How a classic task migration ended.
 *
 * @param taskArn the task the orchestrator created
 * @param stopReason as DMS reports it: {@code Stop Reason NORMAL} after the orchestrator's stop, {@code Stop
 *     Reason FULL_LOAD_ONLY_FINISHED} when a full-load task stopped by itself
 * @param notes what happened on the way, for the logs
 */
public record ClassicTaskResult(String taskArn, String stopReason, List<String> notes) {

    public ClassicTaskResult {
        notes = List.copyOf(notes);
    }
}
