package io.dmstestkit.dsl.internal;

import io.dmstestkit.dsl.DmsTarget;
import io.dmstestkit.dsl.UnsupportedStepException;
import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.TableSpec;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * Any DMS endpoint, a real AWS account included: DMS calls only. Waits really wait (Awaitility, wall
 * time); clock, faults and state faults are refused before the scenario starts.
 */
public final class PlainTarget implements DmsTarget {

    private final URI endpoint;
    private final Region region;
    private final AwsCredentialsProvider credentials;
    private final String note;

    public PlainTarget(URI endpoint, Region region, AwsCredentialsProvider credentials) {
        this(endpoint, region, credentials, null);
    }

    /** A plain endpoint whose description carries {@code note}, e.g. why it is not more than that. */
    public PlainTarget(URI endpoint, Region region, AwsCredentialsProvider credentials, String note) {
        this.endpoint = endpoint;
        this.region = region;
        this.credentials = credentials;
        this.note = note;
    }

    /**
     * A plain endpoint with region and credentials from the SDK's default chains ({@code AWS_REGION},
     * profiles…), us-east-1 when no region is configured: what a real AWS account needs.
     */
    public static PlainTarget withDefaultChains(URI endpoint, String note) {
        Region region;
        try {
            region = new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException noRegionConfigured) {
            region = Region.US_EAST_1;
        }
        return new PlainTarget(
                endpoint, region, DefaultCredentialsProvider.builder().build(), note);
    }

    @Override
    public String describe() {
        return "endpoint " + endpoint + (note == null ? "" : " (" + note + ")");
    }

    @Override
    public Session open() {
        DatabaseMigrationClient client = DatabaseMigrationClient.builder()
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(credentials)
                .build();
        return new Session() {
            @Override
            public Set<Capability> capabilities() {
                return EnumSet.noneOf(Capability.class);
            }

            @Override
            public DatabaseMigrationClient client() {
                return client;
            }

            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public void advance(Duration duration) {
                throw new UnsupportedStepException(describe() + " has no clock to advance");
            }

            @Override
            public boolean hasVirtualClock() {
                return false;
            }

            @Override
            public void declareTables(List<TableSpec> tables) {
                // a real source database has the tables it has; the declaration only informs the simulator
            }

            @Override
            public String armFault(DmsFault fault) {
                throw new UnsupportedStepException(describe() + " cannot inject faults");
            }

            @Override
            public void disarmFaults() {
                throw new UnsupportedStepException(describe() + " cannot inject faults");
            }

            @Override
            public void planIncident(String resourceArn, Step incident) {
                throw new UnsupportedStepException(describe() + " cannot plan state faults");
            }

            @Override
            public Optional<Duration> cdcLatency(String resourceArn) {
                return Optional.empty();
            }

            @Override
            public long countCalls(String operation, String resource) {
                throw new UnsupportedStepException(describe() + " keeps no journal of calls");
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }
}
