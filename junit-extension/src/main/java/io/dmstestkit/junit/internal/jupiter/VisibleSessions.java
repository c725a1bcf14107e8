package io.dmstestkit.junit.internal.jupiter;

import io.dmstestkit.testcore.DmsTestSession;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sessions a registered extension's accessors answer with: the one of the test running on the calling
 * thread, else the class's. It owns nothing: the sessions belong to JUnit's Store, and each {@code show…}
 * returns the {@link AutoCloseable} that hides the session again, for the Store to close along with it.
 * Keyed by thread, not a {@code ThreadLocal}, so hiding works from whichever thread JUnit closes the Store on.
 *
 * <pre>{@code
 * store.put(TestBinding.class, visible.showForTest(session));   // hidden when the test's Store closes
 * visible.current();                                             // on the test's thread: that session
 * }</pre>
 */
public final class VisibleSessions {

    private final Map<Thread, DmsTestSession> perTest = new ConcurrentHashMap<>();
    private final AtomicReference<DmsTestSession> perClass = new AtomicReference<>();

    /** Shows {@code session} to the calling thread, the test's. */
    public AutoCloseable showForTest(DmsTestSession session) {
        Thread testThread = Thread.currentThread();
        perTest.put(testThread, session);
        return () -> perTest.remove(testThread, session);
    }

    /** Shows {@code session} to every thread, as the class's. */
    public AutoCloseable showForClass(DmsTestSession session) {
        perClass.set(session);
        return () -> perClass.compareAndSet(session, null);
    }

    /** The calling thread's test session, else the class's. */
    public Optional<DmsTestSession> current() {
        return Optional.ofNullable(perTest.get(Thread.currentThread())).or(() -> Optional.ofNullable(perClass.get()));
    }
}
