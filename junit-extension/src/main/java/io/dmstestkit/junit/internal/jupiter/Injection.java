package io.dmstestkit.junit.internal.jupiter;

import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.Injectables;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Injects into Jupiter test instances the types {@link Injectables} lists (shared with the Spock extension).
 * A value is made only when asked for: an async client (or endpoint) parameter is what starts netty (or the
 * server).
 *
 * <pre>{@code
 * if (Injection.supports(parameter.getType())) return Injection.value(parameter.getType(), session);
 * }</pre>
 */
public final class Injection {

    private Injection() {}

    public static boolean supports(Class<?> type) {
        return Injectables.supports(type);
    }

    public static Object value(Class<?> type, DmsTestSession session) {
        return Injectables.value(type, session);
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
