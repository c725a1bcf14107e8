package io.dmstestkit.dsl.model;

import java.util.Arrays;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The statuses a scenario can wait for or expect. Replications report them in lower case
 * ({@code running}), data migrations in upper case ({@code RUNNING}); a status matches either.
 * Replication instances report {@code available} once they can run tasks.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum Status {
    CREATED,
    CREATING,
    READY,
    INITIALIZING,
    PREPARING_METADATA_RESOURCES,
    TESTING_CONNECTION,
    FETCHING_METADATA,
    CALCULATING_CAPACITY,
    PROVISIONING_CAPACITY,
    REPLICATION_STARTING,
    STARTING,
    RUNNING,
    STOPPING,
    STOPPED,
    FAILED,
    DELETING,
    MODIFYING,
    /** A replication instance ready for tasks. */
    AVAILABLE;

    /** Whether a status string reported by DMS is this status. */
    public boolean matches(String reported) {
        return reported != null && reported.equalsIgnoreCase(name());
    }

    /** The replication form, e.g. {@code running}. */
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status parse(String text) {
        return Words.parse(
                Status.class,
                text,
                Arrays.stream(values()).map(Status::wireValue).toList(),
                Status::wireValue);
    }
}
