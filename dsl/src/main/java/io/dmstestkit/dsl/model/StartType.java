package io.dmstestkit.dsl.model;

import java.util.Arrays;
import org.apiguardian.api.API;

/** How a run starts: the DMS {@code StartReplicationType} / data migration {@code StartType}. */
@API(status = API.Status.EXPERIMENTAL)
public enum StartType {
    START_REPLICATION("start-replication"),
    RESUME_PROCESSING("resume-processing"),
    RELOAD_TARGET("reload-target");

    private final String wireValue;

    StartType(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    public static StartType parse(String text) {
        return Words.parse(
                StartType.class,
                text,
                Arrays.stream(values()).map(StartType::wireValue).toList(),
                t -> t.wireValue);
    }
}
