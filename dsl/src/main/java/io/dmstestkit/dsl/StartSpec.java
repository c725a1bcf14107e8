package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.ExpectedError;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.StartType;
import io.dmstestkit.dsl.model.Step;
import org.apiguardian.api.API;

/**
 * How to start a run: the start type, where CDC starts and stops, and whether the call should fail.
 *
 * <pre>{@code
 * .start("orders", s -> s.type(RESUME_PROCESSING).cdcStartPosition("checkpoint:V1#27#mysql-bin.000003:1"))
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class StartSpec {

    private StartType type = StartType.START_REPLICATION;
    private String cdcStartTime;
    private String cdcStartPosition;
    private String cdcStopPosition;
    private ExpectedError expectError;

    StartSpec() {}

    public StartSpec type(StartType type) {
        this.type = type;
        return this;
    }

    public StartSpec type(String type) {
        return type(StartType.parse(type));
    }

    /** CDC starts from this time (ISO-8601, e.g. {@code 2026-01-01T00:00:00Z}). */
    public StartSpec cdcStartTime(String isoTime) {
        try {
            this.cdcStartTime = java.time.Instant.parse(isoTime).toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + isoTime + "' is not an ISO-8601 time; e.g. 2026-01-01T00:00:00Z", e);
        }
        return this;
    }

    /** CDC starts from this native position or checkpoint. */
    public StartSpec cdcStartPosition(String position) {
        this.cdcStartPosition = position;
        return this;
    }

    /** CDC stops here, e.g. {@code server_time:2026-01-01T01:00:00}. */
    public StartSpec cdcStopPosition(String position) {
        this.cdcStopPosition = position;
        return this;
    }

    /** The start call must fail with this error (short name or code). */
    public StartSpec expectError(String error) {
        return expectError(error, null);
    }

    public StartSpec expectError(String error, String messageContains) {
        this.expectError = new ExpectedError(error, messageContains);
        return this;
    }

    Step.Start build(String target, Source source) {
        return new Step.Start(target, type, cdcStartTime, cdcStartPosition, cdcStopPosition, expectError, source);
    }
}
