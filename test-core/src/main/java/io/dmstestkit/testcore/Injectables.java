package io.dmstestkit.testcore;

import io.dmstestkit.dsl.ScenarioRunner;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.wiremock.DmsAdminClient;
import io.dmstestkit.wiremock.DmsServer;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationAsyncClient;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * The types the JUnit and Spock extensions inject, and where in a session each comes from: one list, so
 * that {@code @DmsScenario} fills the same fields in a JUnit test and in a Spock specification. A value is
 * made only when asked for: an async client (or endpoint) is what starts netty (or the server).
 *
 * <pre>{@code
 * if (Injectables.supports(field.getType())) {
 *     field.set(test, Injectables.value(field.getType(), session));
 * }
 * }</pre>
 */
@API(
        status = API.Status.INTERNAL,
        consumers = {"io.dmstestkit.junit", "io.dmstestkit.spock"})
public final class Injectables {

    private static final Map<Class<?>, Function<DmsTestSession, Object>> VALUES = Map.of(
            DatabaseMigrationClient.class, DmsTestSession::client,
            DatabaseMigrationAsyncClient.class, DmsTestSession::asyncClient,
            DmsSimulator.class, DmsTestSession::simulator,
            URI.class, DmsTestSession::endpoint,
            ScenarioRunner.class, DmsTestSession::scenarioRunner,
            DmsTestSession.class, session -> session,
            DmsAdminClient.class, DmsTestSession::adminClient,
            DmsServer.class, DmsTestSession::server);

    private Injectables() {}

    /** The injected types. */
    public static Set<Class<?>> types() {
        return VALUES.keySet();
    }

    /** Whether a field or parameter of exactly this type is injected. */
    public static boolean supports(Class<?> type) {
        return VALUES.containsKey(type);
    }

    /**
     * The session's value of an injected type.
     *
     * @throws IllegalArgumentException for a type that is not injected
     */
    public static Object value(Class<?> type, DmsTestSession session) {
        Function<DmsTestSession, Object> value = VALUES.get(type);
        if (value == null) {
            throw new IllegalArgumentException(type.getName() + " is not injected; injected types: " + VALUES.keySet());
        }
        return value.apply(session);
    }
}
