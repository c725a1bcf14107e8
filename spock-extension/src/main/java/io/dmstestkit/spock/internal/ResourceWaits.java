package io.dmstestkit.spock.internal;

import io.dmstestkit.dsl.RunAwait;
import io.dmstestkit.dsl.model.Status;
import io.dmstestkit.testcore.DmsTestSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * The waits of {@code DmsSpecSupport} for classic tasks and instances, on the one wait engine ({@link
 * RunAwait}) that the DSL and JUnit's {@code DmsAwait} use too, so messages read alike. Options come as
 * Groovy named arguments: one condition ({@code status}, {@code fullLoadAtLeast}, {@code tablesLoadedAtLeast}
 * or a closure) and optional limits ({@code within}, {@code pollEvery}). Virtual time when the session's
 * clock is manual (nothing sleeps), wall time otherwise.
 */
@API(status = API.Status.INTERNAL)
public final class ResourceWaits {

    static final Duration VIRTUAL_WITHIN = Duration.ofHours(1);
    static final Duration VIRTUAL_POLL = Duration.ofSeconds(15);
    static final Duration WALL_WITHIN = Duration.ofSeconds(10);
    static final Duration WALL_POLL = Duration.ofMillis(100);

    private static final Set<String> OPTIONS =
            Set.of("status", "fullLoadAtLeast", "tablesLoadedAtLeast", "within", "pollEvery");

    private ResourceWaits() {}

    /** Waits on {@code reader} through the session until the options' condition (or {@code predicate}) holds. */
    public static <T> T await(
            DmsTestSession session, RunAwait.Reader<T> reader, Map<String, ?> options, Predicate<T> predicate) {
        List<String> unknown = options.keySet().stream()
                .filter(key -> !OPTIONS.contains(key))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s) " + unknown + "; the options are " + OPTIONS);
        }
        RunAwait.Clock clock = session.awaitClock();
        boolean virtual = clock.isVirtual();
        return RunAwait.of(reader, clock)
                .title(reader.kind() + " '" + reader.reference() + "'")
                .within(duration(options, "within", virtual ? VIRTUAL_WITHIN : WALL_WITHIN))
                .pollEvery(duration(options, "pollEvery", virtual ? VIRTUAL_POLL : WALL_POLL))
                .speaker(RunAwait.Speaker.TEST)
                .until(condition(options, predicate));
    }

    private static <T> RunAwait.Condition<T> condition(Map<String, ?> options, Predicate<T> predicate) {
        List<RunAwait.Condition<T>> conditions = new ArrayList<>();
        Object status = options.get("status");
        if (status != null) {
            conditions.add(
                    RunAwait.Condition.status(status instanceof Status named ? named.wireValue() : status.toString()));
        }
        if (options.get("fullLoadAtLeast") instanceof Number percent) {
            conditions.add(RunAwait.Condition.fullLoadAtLeast(percent.intValue()));
        }
        if (options.get("tablesLoadedAtLeast") instanceof Number tables) {
            conditions.add(RunAwait.Condition.tablesLoadedAtLeast(tables.intValue()));
        }
        if (predicate != null) {
            conditions.add(RunAwait.Condition.custom("the given condition", predicate));
        }
        if (conditions.size() != 1) {
            throw new IllegalArgumentException("say what to wait for, once: status:, fullLoadAtLeast:,"
                    + " tablesLoadedAtLeast: or a closure; got " + conditions.size() + " conditions");
        }
        return conditions.get(0);
    }

    private static Duration duration(Map<String, ?> options, String name, Duration fallback) {
        Object value = options.get(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Duration duration && !duration.isNegative() && !duration.isZero()) {
            return duration;
        }
        throw new IllegalArgumentException(name + " must be a positive java.time.Duration (2.hours), was " + value);
    }
}
