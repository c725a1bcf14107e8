package io.dmstestkit.dsl.model;

import java.util.Arrays;
import org.apiguardian.api.API;

/** What a replication or data migration does: {@code full-load}, {@code cdc} or {@code full-load-and-cdc}. */
@API(status = API.Status.EXPERIMENTAL)
public enum ReplicationType {
    FULL_LOAD("full-load"),
    CDC("cdc"),
    FULL_LOAD_AND_CDC("full-load-and-cdc");

    private final String wireValue;

    ReplicationType(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value DMS uses, e.g. {@code full-load-and-cdc}. */
    public String wireValue() {
        return wireValue;
    }

    /** Reads the DMS value or the constant name ({@code full-load-and-cdc}, {@code FULL_LOAD_AND_CDC}). */
    public static ReplicationType parse(String text) {
        return Words.parse(
                ReplicationType.class,
                text,
                Arrays.stream(values()).map(ReplicationType::wireValue).toList(),
                t -> t.wireValue);
    }
}
