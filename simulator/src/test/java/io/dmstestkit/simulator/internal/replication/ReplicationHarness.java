package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.ReplicationFixture;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.simulator.internal.Operations;
import io.dmstestkit.simulator.internal.protocol.CallerIdentity;
import io.dmstestkit.simulator.internal.protocol.DmsProtocol;
import io.dmstestkit.simulator.internal.protocol.InProcessHttpClient;
import io.dmstestkit.simulator.internal.protocol.RequiredMembers;
import io.dmstestkit.simulator.internal.protocol.SdkJsonCodec;
import io.dmstestkit.simulator.internal.state.AccountState;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * The real protocol and handlers over one account state that the test can reach, with a manual clock and an
 * SDK client that does not retry (so a 500 would surface at once). The public simulator does not hand out
 * its account states; this is how tests attach incidents until the fault API does it.
 */
final class ReplicationHarness {

    final SimulatedClock clock = SimulatedClock.manual();
    final AccountState account = new AccountState("123456789012", "us-east-1", 42);
    final DatabaseMigrationClient dms;
    final ReplicationFixture fixture;
    private final SimulatorSettings settings;

    ReplicationHarness() {
        this(SimulatorSettings.defaults());
    }

    ReplicationHarness(SimulatorSettings settings) {
        this.settings = settings;
        DmsProtocol protocol =
                new DmsProtocol(Operations.all().registry(), new SdkJsonCodec(RequiredMembers.load()), environment());
        this.dms = DatabaseMigrationClient.builder()
                .httpClient(new InProcessHttpClient(protocol::handle))
                .endpointOverride(URI.create("http://dms.in-process"))
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "secret")))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
        this.fixture = new ReplicationFixture(dms, clock, () -> locked(a -> a.nextChangeAfter(clock.now())));
    }

    /** Attaches an incident to a config now, as the fault API will. */
    ReplicationRecord attach(String configArn, DmsIncident incident) {
        return locked(a -> Replications.attachIncident(a, configArn, incident, clock.now()));
    }

    ReplicationRecord record(String configArn) {
        return locked(a -> Replications.require(a, configArn));
    }

    Optional<Instant> nextChange() {
        return locked(a -> a.nextChangeAfter(clock.now()));
    }

    <T> T locked(Function<AccountState, T> action) {
        account.lock().lock();
        try {
            return action.apply(account);
        } finally {
            account.lock().unlock();
        }
    }

    /**
     * The protocol's view of this harness. The environment interface grows with protocol features (faults,
     * journal); a proxy answers the calls this harness has no part in with "nothing" (empty, false, null),
     * so protocol work does not break these tests.
     */
    private DmsProtocol.CallEnvironment environment() {
        return (DmsProtocol.CallEnvironment) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {DmsProtocol.CallEnvironment.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "account":
                            return account;
                        case "identify":
                            return new CallerIdentity(account.accountId(), account.region());
                        case "beginCall":
                            return clock.now();
                        case "settings":
                            return settings;
                        default:
                            return nothing(method.getReturnType());
                    }
                });
    }

    private static Object nothing(Class<?> type) {
        if (type == Optional.class) {
            return Optional.empty();
        }
        return type == boolean.class ? Boolean.FALSE : null;
    }
}
