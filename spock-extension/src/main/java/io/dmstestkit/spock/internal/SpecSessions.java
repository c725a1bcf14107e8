package io.dmstestkit.spock.internal;

import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.testcore.DmsBackend;
import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.Lifecycle;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.spockframework.runtime.extension.IMethodInvocation;
import org.spockframework.runtime.extension.IStore;
import spock.lang.Specification;

/**
 * Where sessions live: in Spock's stores, which close what they hold ({@code AutoCloseable}) when their
 * scope ends, last stored first — an iteration's session after {@code cleanup()}, a specification's after
 * {@code cleanupSpec()}, a {@link Lifecycle#SHARED} backend, kept in the run's root store, when the run ends.
 * This is how Spock's own {@code @TempDir} keeps its directories; nothing is kept anywhere else.
 *
 * <pre>{@code
 * DmsTestSession session = SpecSessions.openForIteration(invocation, declaration);   // in an interceptor
 * DmsTestSession same = SpecSessions.current(specInstance).orElseThrow();            // in the feature
 * }</pre>
 */
@API(status = API.Status.INTERNAL, consumers = "io.dmstestkit.spock")
public final class SpecSessions {

    private static final IStore.Namespace NAMESPACE = IStore.Namespace.create(SpecSessions.class);

    private enum Key {
        SPEC_SESSION,
        ITERATION_SESSION
    }

    private SpecSessions() {}

    /** Opens the specification's session; its store is the shared instance's. */
    static DmsTestSession openForSpec(IMethodInvocation invocation, Declaration declaration) {
        return open(invocation.getStore(NAMESPACE), Key.SPEC_SESSION, declaration);
    }

    /** Opens an iteration's session; its store is the iteration's. */
    static DmsTestSession openForIteration(IMethodInvocation invocation, Declaration declaration) {
        return open(invocation.getStore(NAMESPACE), Key.ITERATION_SESSION, declaration);
    }

    /** The specification's session, seen from one of its iterations. */
    static DmsTestSession ofSpec(IMethodInvocation invocation) {
        DmsTestSession session = invocation.getStore(NAMESPACE).get(Key.SPEC_SESSION, DmsTestSession.class);
        if (session == null) {
            throw new IllegalStateException("no specification-wide DMS session for "
                    + invocation.getSpec().getName() + ": it opens before the @Shared fields are initialized");
        }
        return session;
    }

    private static DmsTestSession open(IStore store, Key key, Declaration declaration) {
        DmsTestSession session = declaration.lifecycle() == Lifecycle.SHARED
                ? DmsTestSession.open(declaration.settings(), sharedBackend(store, declaration))
                : DmsTestSession.open(declaration.settings());
        store.put(key, session);
        return session;
    }

    /** One backend per backend-shaping settings for the whole run, in the root store, closed when the run ends. */
    private static DmsBackend sharedBackend(IStore store, Declaration declaration) {
        return store.getRootStore()
                .getOrComputeIfAbsent(
                        declaration.settings().backendKey(),
                        key -> DmsBackend.start(declaration.settings()),
                        DmsBackend.class);
    }

    /**
     * The session the code of a specification instance runs in: its iteration's, else the specification's.
     * Empty for anything that is not a running {@code @DmsScenario} specification.
     */
    public static Optional<DmsTestSession> current(Object specInstance) {
        return sessionsOf(specInstance).findFirst();
    }

    /**
     * The session of a specification instance whose simulator is {@code simulator}: its iteration's, else
     * the specification's.
     *
     * @throws IllegalStateException with what to do instead, when there is none
     */
    public static DmsTestSession requireOn(Object specInstance, DmsSimulator simulator) {
        return sessionsOf(specInstance)
                .filter(session -> session.simulator() == simulator)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(current(specInstance)
                        .map(other -> "simulator.given { } finds no DMS session of the running feature on this"
                                + " simulator (the feature's session, " + other + ", has another one). With lifecycle"
                                + " PER_METHOD, @Shared fields and instance fields get different sessions: call"
                                + " given on the DmsTestSession you mean, or declare lifecycle PER_CLASS.")
                        .orElse("simulator.given { } runs in the account of the running feature's DMS session, and"
                                + " there is none here: it works in the feature methods and fixtures of a"
                                + " @DmsScenario specification. Elsewhere, call given on a DmsTestSession.")));
    }

    private static Stream<DmsTestSession> sessionsOf(Object specInstance) {
        if (!(specInstance instanceof Specification spec)) {
            return Stream.empty();
        }
        IStore store = spec.getSpecificationContext().getStore(NAMESPACE);
        return Stream.of(Key.ITERATION_SESSION, Key.SPEC_SESSION)
                .map(key -> store.get(key, DmsTestSession.class))
                .filter(Objects::nonNull);
    }
}
