package io.dmstestkit.simulator.internal.fleetadvisor;

import io.dmstestkit.simulator.internal.state.Described;
import io.dmstestkit.simulator.internal.state.Scheduled;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.databasemigration.model.CollectorHealthCheck;
import software.amazon.awssdk.services.databasemigration.model.CollectorResponse;
import software.amazon.awssdk.services.databasemigration.model.CollectorStatus;
import software.amazon.awssdk.services.databasemigration.model.InventoryData;
import software.amazon.awssdk.services.databasemigration.model.VersionStatus;

/**
 * A Fleet Advisor collector. It is {@code UNREGISTERED} until the (simulated) collector agent registers
 * itself, then {@code ACTIVE}; its first inventory arrives a while later, and only from then on do the
 * discovered databases show.
 */
public record CollectorRecord(
        String referencedId,
        String name,
        String description,
        String serviceAccessRoleArn,
        String s3BucketName,
        Instant createdAt)
        implements Described, Scheduled {

    /** How long after creation the agent registers: installing and starting it takes minutes. */
    static final Duration REGISTRATION = Duration.ofMinutes(5);

    /** How long after creation the first inventory arrives in the bucket. */
    static final Duration FIRST_DATA = Duration.ofMinutes(15);

    static final String VERSION = "1.0.2";

    Instant registeredAt() {
        return createdAt.plus(REGISTRATION);
    }

    Instant dataAt() {
        return createdAt.plus(FIRST_DATA);
    }

    boolean hasData(Instant now) {
        return !now.isBefore(dataAt());
    }

    CollectorStatus statusAt(Instant now) {
        return now.isBefore(registeredAt()) ? CollectorStatus.UNREGISTERED : CollectorStatus.ACTIVE;
    }

    CollectorResponse describe(Instant now, int databases, int schemas) {
        boolean active = statusAt(now) == CollectorStatus.ACTIVE;
        boolean data = hasData(now);
        return CollectorResponse.builder()
                .collectorReferencedId(referencedId)
                .collectorName(name)
                .description(description)
                .serviceAccessRoleArn(serviceAccessRoleArn)
                .s3BucketName(s3BucketName)
                .collectorVersion(active ? VERSION : null)
                .versionStatus(active ? VersionStatus.UP_TO_DATE : null)
                .collectorHealthCheck(CollectorHealthCheck.builder()
                        .collectorStatus(statusAt(now))
                        .localCollectorS3Access(active)
                        .webCollectorS3Access(true)
                        .webCollectorGrantedRoleBasedAccess(true)
                        .build())
                .createdDate(createdAt.toString())
                .modifiedDate((active ? registeredAt() : createdAt).toString())
                .registeredDate(active ? registeredAt().toString() : null)
                .lastDataReceived(data ? dataAt().toString() : null)
                .inventoryData(InventoryData.builder()
                        .numberOfDatabases(data ? databases : 0)
                        .numberOfSchemas(data ? schemas : 0)
                        .build())
                .build();
    }

    @Override
    public String describedIn() {
        return "Collectors";
    }

    @Override
    public SdkPojo describeAt(Instant now) {
        return describe(now, 0, 0);
    }

    @Override
    public Optional<Instant> nextChangeAfter(Instant now) {
        return Stream.of(registeredAt(), dataAt()).filter(now::isBefore).findFirst();
    }
}
