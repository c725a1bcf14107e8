package io.dmstestkit.simulator.internal.run;

/**
 * Why a replication stopped, as DMS reports it in {@code Replication.StopReason}: the wire value is the full
 * string, e.g. {@code Stop Reason NORMAL}. Only the reasons the simulator can produce are listed.
 *
 * <pre>{@code
 * StopReason.FULL_LOAD_ONLY_FINISHED.wireValue();   // "Stop Reason FULL_LOAD_ONLY_FINISHED"
 * }</pre>
 */
public enum StopReason {
    /** A user called StopReplication. */
    NORMAL,
    /** A {@code full-load} replication stopped by itself when its load finished. */
    FULL_LOAD_ONLY_FINISHED,
    /** Failed; resume-processing continues from the last checkpoint. */
    RECOVERABLE_ERROR,
    /** Failed; only reload-target starts it again. */
    FATAL_ERROR,
    /** Reached a {@code CdcStopPosition} of the form {@code server_time:<time>}. */
    STOPPED_AT_SERVER_TIME,
    /** Reached a {@code CdcStopPosition} of the form {@code commit_time:<time>}. */
    STOPPED_AT_COMMIT_TIME;

    /** The string DMS sends, e.g. {@code Stop Reason NORMAL}. */
    public String wireValue() {
        return "Stop Reason " + name();
    }
}
