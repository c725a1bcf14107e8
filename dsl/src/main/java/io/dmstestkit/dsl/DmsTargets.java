package io.dmstestkit.dsl;

import io.dmstestkit.dsl.internal.EmbeddedTarget;
import io.dmstestkit.simulator.DmsSimulator;
import org.apiguardian.api.API;

/**
 * The places a scenario can run.
 *
 * <pre>{@code
 * DmsTargets.embedded(simulator)                       // in-process, virtual clock, faults
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsTargets {

    private DmsTargets() {}

    /**
     * A DMS endpoint reached over HTTP. Region and credentials come from the SDK's default chains
     * ({@code AWS_REGION}, profiles…), falling back to us-east-1.
     */
    public static DmsTarget remote(java.net.URI endpoint) {
        software.amazon.awssdk.regions.Region region;
        try {
            region = new software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain().getRegion();
        } catch (software.amazon.awssdk.core.exception.SdkClientException noRegionConfigured) {
            region = software.amazon.awssdk.regions.Region.US_EAST_1;
        }
        return plain(
                endpoint,
                region,
                software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider.builder()
                        .build());
    }

    /** Any DMS endpoint, DMS calls only: steps that need a clock, faults or a journal are refused up front. */
    public static DmsTarget plain(
            java.net.URI endpoint,
            software.amazon.awssdk.regions.Region region,
            software.amazon.awssdk.auth.credentials.AwsCredentialsProvider credentials) {
        return new io.dmstestkit.dsl.internal.PlainTarget(endpoint, region, credentials);
    }

    /** The embedded simulator, through an in-process SDK client: the fastest, fully deterministic target. */
    public static DmsTarget embedded(DmsSimulator simulator) {
        return new EmbeddedTarget(simulator);
    }
}
