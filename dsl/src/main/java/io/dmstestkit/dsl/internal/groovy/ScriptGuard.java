package io.dmstestkit.dsl.internal.groovy;

import groovy.lang.Closure;
import java.lang.reflect.Array;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalUnit;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The run-time half of the sandbox: what the compile-time checks of {@link ScenarioSandbox} cannot see
 * because it is only known when the script runs. {@link RuntimeGuards} rewrites every explicit receiver
 * of a method call, property or subscript ({@code x.foo()}, {@code x.foo}, {@code x[k]}) into
 * {@code ScriptGuard.receiver(x, "foo")}, and every computed subscript key into {@code ScriptGuard.key(k)}.
 *
 * <pre>{@code
 * def s = start 'orders'
 * s['meta' + 'Class']           // refused here: the key is a name the sandbox denies
 * STOPPED.declaringClass.superclass.protectionDomain   // refused: 'protectionDomain' on a Class
 * }</pre>
 *
 * <p>Receivers are checked against a whitelist of value types: text, numbers, booleans, collections,
 * maps, ranges, closures, {@code java.time} values, regular expressions and the DSL's own types; and
 * classes only from the sandbox's list of usable types ({@code Math}, {@code Integer}, {@code Duration},
 * the DSL enums …). So a script that got hold of a {@code Class}, a class loader, a meta-class or a
 * reflective object some way round the names cannot do anything with it.
 */
@API(status = API.Status.INTERNAL)
public final class ScriptGuard {

    private static final String RECEIVER_HINT = "a scenario file works with the DSL's words, numbers, strings,"
            + " lists and maps; classes, reflection and the Groovy runtime are out of its reach";

    /** Value types a script may call methods on, read properties of or subscript. */
    private static final List<Class<?>> ALLOWED_VALUES = List.of(
            CharSequence.class,
            Number.class,
            Boolean.class,
            Character.class,
            Collection.class,
            Map.class,
            Map.Entry.class,
            Iterator.class,
            Closure.class,
            Matcher.class,
            Pattern.class,
            Optional.class,
            TemporalAmount.class,
            Temporal.class,
            TemporalUnit.class,
            ScenarioScript.class);

    private ScriptGuard() {}

    /** Something the script may not do, found while it ran; the reader reports it at the script's line. */
    static final class Refusal extends SecurityException {
        private static final long serialVersionUID = 1L;
        private final String hint;

        Refusal(String problem, String hint) {
            super(problem);
            this.hint = hint;
        }

        String hint() {
            return hint;
        }
    }

    /**
     * Returns {@code target} if a script may use {@code member} on it.
     *
     * @throws SecurityException when the target is not one of the whitelisted value types
     */
    public static Object receiver(Object target, String member) {
        if (target != null && !isAllowedReceiver(target)) {
            throw new Refusal(
                    "'" + member + "' on " + describe(target) + " is not allowed in a scenario file", RECEIVER_HINT);
        }
        return target;
    }

    /** As {@link #receiver}, for {@code x*.member}: the target and each of its elements. */
    public static Object spreadReceiver(Object target, String member) {
        receiver(target, member);
        if (target instanceof Iterable<?> elements) {
            elements.forEach(element -> receiver(element, member));
        } else if (target != null && target.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(target); i++) {
                receiver(Array.get(target, i), member);
            }
        }
        return target;
    }

    /**
     * Returns a computed subscript key if it is not a name the sandbox denies ({@code x['meta' + 'Class']}
     * reads the property {@code metaClass}); names are compared ignoring case.
     */
    public static Object key(Object key) {
        if (key instanceof CharSequence text) {
            String name = text.toString();
            ScenarioSandbox.deniedHint(name).ifPresent(hint -> {
                throw new Refusal("'" + name + "' is not allowed in a scenario file", hint);
            });
        }
        return key;
    }

    static boolean isAllowedReceiver(Object target) {
        if (target instanceof Class<?> type) {
            return ScenarioSandbox.isAllowedType(type.getName());
        }
        return isAllowedValueType(target.getClass());
    }

    private static boolean isAllowedValueType(Class<?> type) {
        if (type.isArray()) {
            Class<?> component = type.getComponentType();
            return component.isPrimitive() || isAllowedValueType(component);
        }
        if (type == Object.class || isDslType(type)) {
            return true;
        }
        if (type.isEnum()
                || (type.getSuperclass() != null && type.getSuperclass().isEnum())) {
            return isDslType(type) || type.getName().startsWith("java.time.");
        }
        return ALLOWED_VALUES.stream().anyMatch(allowed -> allowed.isAssignableFrom(type));
    }

    /** The DSL's own public types ({@code ScenarioSpec}, {@code Percent}, the model's records and enums). */
    private static boolean isDslType(Class<?> type) {
        String packageName = type.getPackageName();
        return packageName.equals("io.dmstestkit.dsl") || packageName.equals("io.dmstestkit.dsl.model");
    }

    private static String describe(Object target) {
        if (target instanceof Class<?> type) {
            return "the class " + type.getName();
        }
        return "a " + target.getClass().getTypeName();
    }
}
