package io.dmstestkit.dsl.model;

import java.util.Arrays;
import org.apiguardian.api.API;

/** Why a run stopped; DMS reports it as {@code Stop Reason <NAME>}. */
@API(status = API.Status.EXPERIMENTAL)
public enum StopReason {
    NORMAL,
    FULL_LOAD_ONLY_FINISHED,
    RECOVERABLE_ERROR,
    FATAL_ERROR,
    STOPPED_AFTER_FULL_LOAD,
    STOPPED_AFTER_CACHED_EVENTS,
    STOPPED_AT_SERVER_TIME,
    STOPPED_AT_COMMIT_TIME,
    STOPPED_AFTER_DDL_APPLY,
    STOPPED_DUE_TO_LOW_MEMORY,
    STOPPED_DUE_TO_LOW_DISK,
    EXPRESS_LICENSE_LIMITS_REACHED,
    RECONFIGURATION_RESTART,
    RECYCLE_TASK;

    private static final String PREFIX = "Stop Reason ";

    /** The string DMS reports, e.g. {@code Stop Reason NORMAL}. */
    public String wireValue() {
        return PREFIX + name();
    }

    /** Reads {@code NORMAL}, {@code normal} or {@code Stop Reason NORMAL}. */
    public static StopReason parse(String text) {
        String bare = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
        return Words.parse(
                StopReason.class, bare, Arrays.stream(values()).map(Enum::name).toList(), Enum::name);
    }
}
