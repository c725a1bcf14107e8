package io.dmstestkit.simulator.internal.run;

import io.dmstestkit.simulator.internal.ServiceError;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationRequest;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskTypeValue;

/**
 * The parameters of one start (StartReplication, StartReplicationTask, StartDataMigration), checked against
 * the migration type. The SDK has no enum for {@code StartReplicationType}; its values are those of
 * {@link StartReplicationTaskTypeValue}.
 *
 * <p>Plausible rules where DMS documents none: CDC positions make no sense for a {@code full-load}
 * replication (InvalidParameterCombinationException); {@code reload-target} of a {@code cdc} replication has
 * nothing to reload (InvalidParameterValueException, like {@code resume-processing} of a {@code full-load}
 * one, which the documentation rules out). A {@code CdcStopPosition} of the form {@code server_time:<time>}
 * or {@code commit_time:<time>} (ISO-8601, UTC when no offset is given) stops CDC at that virtual time; other
 * forms (LSN, SCN, checkpoint) are only recorded.
 *
 * @param cdcStartTime as requested, may be null
 * @param cdcStartPosition as requested, may be null
 * @param cdcStopPosition as requested, may be null
 */
public record StartOptions(
        StartReplicationTaskTypeValue type,
        Instant cdcStartTime,
        String cdcStartPosition,
        String cdcStopPosition,
        Optional<CdcStop> cdcStop) {

    /** Where CDC stops by itself, and the stop reason it reports. */
    public record CdcStop(Instant at, StopReason reason) {}

    /** The options of a StartReplication call on a replication of type {@code replicationType}. */
    public static StartOptions from(StartReplicationRequest request, MigrationTypeValue replicationType) {
        return of(
                request.startReplicationType(),
                request.cdcStartTime(),
                request.cdcStartPosition(),
                request.cdcStopPosition(),
                replicationType);
    }

    /** Checked options from the members of a start request; {@code startType} as the request spells it. */
    public static StartOptions of(
            String startType,
            Instant cdcStartTime,
            String cdcStartPosition,
            String cdcStopPosition,
            MigrationTypeValue migrationType) {
        StartReplicationTaskTypeValue type = type(startType);
        if (cdcStartTime != null && cdcStartPosition != null) {
            throw ServiceError.invalidParameterCombination("Specify either CdcStartTime or CdcStartPosition, not both");
        }
        boolean cdcOptions = cdcStartTime != null || cdcStartPosition != null || cdcStopPosition != null;
        requireApplicable(type, migrationType, cdcOptions);
        return new StartOptions(type, cdcStartTime, cdcStartPosition, cdcStopPosition, cdcStop(cdcStopPosition));
    }

    /** A start of {@code type} without CDC positions, as StartDataMigration has none. */
    public static StartOptions of(StartReplicationTaskTypeValue type) {
        return new StartOptions(type, null, null, null, Optional.empty());
    }

    /** Whether this start begins afresh (start-replication, reload-target) rather than resuming. */
    public boolean isFreshStart() {
        return type != StartReplicationTaskTypeValue.RESUME_PROCESSING;
    }

    private static void requireApplicable(
            StartReplicationTaskTypeValue type, MigrationTypeValue replicationType, boolean cdcOptions) {
        if (replicationType == MigrationTypeValue.FULL_LOAD && cdcOptions) {
            throw ServiceError.invalidParameterCombination("CdcStartTime, CdcStartPosition and CdcStopPosition"
                    + " apply only to cdc and full-load-and-cdc replications");
        }
        if (replicationType == MigrationTypeValue.FULL_LOAD
                && type == StartReplicationTaskTypeValue.RESUME_PROCESSING) {
            throw ServiceError.invalidParameterValue("resume-processing is not applicable to a full-load replication:"
                    + " partially loaded tables cannot be resumed. Use reload-target.");
        }
        if (replicationType == MigrationTypeValue.CDC && type == StartReplicationTaskTypeValue.RELOAD_TARGET) {
            throw ServiceError.invalidParameterValue("reload-target is not applicable to a cdc replication: it has"
                    + " no full load. Use resume-processing.");
        }
    }

    private static StartReplicationTaskTypeValue type(String requested) {
        StartReplicationTaskTypeValue type = StartReplicationTaskTypeValue.fromValue(requested);
        if (type == null || type == StartReplicationTaskTypeValue.UNKNOWN_TO_SDK_VERSION) {
            throw ServiceError.invalidParameterValue("Invalid StartReplicationType '" + requested
                    + "'. Valid values: start-replication | resume-processing | reload-target");
        }
        return type;
    }

    private static Optional<CdcStop> cdcStop(String position) {
        if (position == null) {
            return Optional.empty();
        }
        if (position.startsWith("server_time:")) {
            return Optional.of(new CdcStop(time(position, "server_time:"), StopReason.STOPPED_AT_SERVER_TIME));
        }
        if (position.startsWith("commit_time:")) {
            return Optional.of(new CdcStop(time(position, "commit_time:"), StopReason.STOPPED_AT_COMMIT_TIME));
        }
        return Optional.empty();
    }

    private static Instant time(String position, String prefix) {
        String text = position.substring(prefix.length());
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw ServiceError.invalidParameterValue("CdcStopPosition '" + position
                        + "' has no valid time after '" + prefix + "' (expected e.g. " + prefix
                        + "2026-01-01T12:00:00)");
            }
        }
    }
}
