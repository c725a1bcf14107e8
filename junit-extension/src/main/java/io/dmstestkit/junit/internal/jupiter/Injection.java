package io.dmstestkit.junit.internal.jupiter;

import io.dmstestkit.dsl.ScenarioRunner;
import io.dmstestkit.junit.core.DmsTestSession;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.wiremock.DmsAdminClient;
import io.dmstestkit.wiremock.DmsServer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationAsyncClient;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * The types a test can have injected, and where each comes from. A value is made only when asked for:
 * an async client (or endpoint) parameter is what starts netty (or the server).
 *
 * <pre>{@code
 * if (Injection.supports(parameter.getType())) return Injection.value(parameter.getType(), session);
 * }</pre>
 */
public final class Injection {

    private static final Map<Class<?>, Function<DmsTestSession, Object>> VALUES = Map.of(
            DatabaseMigrationClient.class, DmsTestSession::client,
            DatabaseMigrationAsyncClient.class, DmsTestSession::asyncClient,
            DmsSimulator.class, DmsTestSession::simulator,
            URI.class, DmsTestSession::endpoint,
            ScenarioRunner.class, DmsTestSession::scenarioRunner,
            DmsTestSession.class, session -> session,
            DmsAdminClient.class, DmsTestSession::adminClient,
            DmsServer.class, DmsTestSession::server);

    private Injection() {}

    public static boolean supports(Class<?> type) {
        return VALUES.containsKey(type);
    }

    public static Object value(Class<?> type, DmsTestSession session) {
        return VALUES.get(type).apply(session);
    }

    /** Sets the instance's non-static, non-final fields of the injected types, superclasses first. */
    public static void injectFields(Object testInstance, DmsTestSession session) {
        for (Field field : ReflectionSupport.findFields(
                testInstance.getClass(), Injection::injectable, HierarchyTraversalMode.TOP_DOWN)) {
            try {
                field.setAccessible(true);
                field.set(testInstance, value(field.getType(), session));
            } catch (IllegalAccessException | RuntimeException e) {
                throw new IllegalStateException("cannot inject " + field + ": " + e.getMessage(), e);
            }
        }
    }

    private static boolean injectable(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers) && supports(field.getType());
    }
}
