package io.dmstestkit.junit;

import io.dmstestkit.dsl.model.Status;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * What a wait waits for, with the words its messages use. Made by {@link DmsAwait#status(String)},
 * {@link DmsAwait#fullLoadAtLeast(int)} and {@link DmsAwait#tablesLoadedAtLeast(int)}; works for
 * replications and data migrations alike.
 *
 * <pre>{@code
 * awaitReplication(session, "orders").until(status("running"));
 * awaitDataMigration(session, "customers").until(fullLoadAtLeast(100));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class AwaitCondition {

    private final String description;
    private final Predicate<Progress> test;
    private final Function<Progress, String> actual;
    private final boolean awaitsFailure;

    private AwaitCondition(
            String description, Predicate<Progress> test, Function<Progress, String> actual, boolean awaitsFailure) {
        this.description = description;
        this.test = test;
        this.actual = actual;
        this.awaitsFailure = awaitsFailure;
    }

    static AwaitCondition status(String status) {
        return new AwaitCondition(
                "status '" + status + "'",
                progress -> progress.hasStatus(status),
                AwaitCondition::statusOf,
                Status.FAILED.matches(status));
    }

    static AwaitCondition fullLoadAtLeast(int percent) {
        return new AwaitCondition(
                "full load at least " + percent + "%",
                progress -> progress.fullLoadPercent() >= percent,
                progress -> "full load " + progress.fullLoadPercent() + "% (" + statusOf(progress) + ")",
                false);
    }

    static AwaitCondition tablesLoadedAtLeast(int tables) {
        return new AwaitCondition(
                "at least " + tables + " tables loaded",
                progress -> progress.tablesLoaded() >= tables,
                progress -> progress.tablesLoaded() + " tables loaded (" + statusOf(progress) + ")",
                false);
    }

    /** A condition on the SDK object itself, for waits with a predicate of the user's. */
    static <T> Check<T> custom(String description, Predicate<? super T> predicate) {
        return new Check<>(description, (value, progress) -> predicate.test(value), AwaitCondition::statusOf, false);
    }

    <T> Check<T> check() {
        return new Check<>(description, (value, progress) -> test.test(progress), actual, awaitsFailure);
    }

    @Override
    public String toString() {
        return description;
    }

    private static String statusOf(Progress progress) {
        return "status " + (progress.exists() ? "'" + progress.status() + "'" : progress.statusText());
    }

    /** A condition as the wait evaluates it, on the SDK object and its progress. */
    record Check<T>(
            String description,
            java.util.function.BiPredicate<T, Progress> test,
            Function<Progress, String> actual,
            boolean awaitsFailure) {}
}
