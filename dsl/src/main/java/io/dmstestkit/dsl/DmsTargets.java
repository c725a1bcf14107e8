package io.dmstestkit.dsl;

import io.dmstestkit.dsl.internal.EmbeddedTarget;
import io.dmstestkit.dsl.internal.PlainTarget;
import io.dmstestkit.dsl.internal.RemoteTarget;
import io.dmstestkit.simulator.DmsSimulator;
import org.apiguardian.api.API;

/**
 * The places a scenario can run.
 *
 * <pre>{@code
 * DmsTargets.embedded(simulator)                       // in-process, virtual clock, faults
 * DmsTargets.remote(URI.create("http://127.0.0.1:8080"))  // a dms-testkit server, or any DMS endpoint
 * DmsTargets.plain(endpoint, Region.EU_WEST_1, credentials)  // DMS calls only
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsTargets {

    private DmsTargets() {}

    /**
     * A DMS endpoint reached over HTTP. When it serves the dms-testkit admin API ({@code GET
     * <endpoint>/__admin/dms/clock} answers within a few seconds), it is a dms-testkit server: each
     * session runs in a fresh random account, and the clock, faults, state faults, source tables and call
     * counts go through the admin API. Otherwise (real AWS, a stub without the DMS extension, nothing
     * listening) it is a plain endpoint, DMS calls only, with region and credentials from the SDK's default
     * chains ({@code AWS_REGION}, profiles…), us-east-1 when no region is configured.
     *
     * <pre>{@code
     * new ScenarioRunner(DmsTargets.remote(URI.create("http://127.0.0.1:8080"))).run(scenario);
     * }</pre>
     */
    public static DmsTarget remote(java.net.URI endpoint) {
        return RemoteTarget.probe(endpoint)
                .orElseGet(() -> PlainTarget.withDefaultChains(endpoint, "no dms-testkit admin API"));
    }

    /** Any DMS endpoint, DMS calls only: steps that need a clock, faults or a journal are refused up front. */
    public static DmsTarget plain(
            java.net.URI endpoint,
            software.amazon.awssdk.regions.Region region,
            software.amazon.awssdk.auth.credentials.AwsCredentialsProvider credentials) {
        return new PlainTarget(endpoint, region, credentials);
    }

    /**
     * The embedded simulator, every run in one given account and region through a given client (a test's
     * own): what a scenario creates is what the test sees, and faults a scenario arms stay armed until
     * the target is closed, so a scenario can set the stage for the code under test.
     *
     * <pre>{@code
     * try (DmsTarget stage = DmsTargets.embeddedInAccount(simulator, "123456789012", "us-east-1", () -> client)) {
     *     new ScenarioRunner(stage).run(scenario).assertPassed();
     *     // … the code under test runs here, with the scenario's faults still armed …
     * }
     * }</pre>
     */
    public static DmsTarget embeddedInAccount(
            DmsSimulator simulator,
            String account,
            String region,
            java.util.function.Supplier<software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient>
                    client) {
        return EmbeddedTarget.inAccount(simulator, account, region, client);
    }

    /** The embedded simulator, through an in-process SDK client: the fastest, fully deterministic target. */
    public static DmsTarget embedded(DmsSimulator simulator) {
        return EmbeddedTarget.freshAccounts(simulator);
    }
}
