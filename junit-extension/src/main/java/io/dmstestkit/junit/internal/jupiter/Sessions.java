package io.dmstestkit.junit.internal.jupiter;

import io.dmstestkit.testcore.DmsBackend;
import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.Lifecycle;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Where sessions live: in the {@link ExtensionContext.Store} of the test or class they belong to, which
 * closes them (they are {@link AutoCloseable}) when that test or class is done; shared backends in the
 * root store, closed at the end of the run. Nothing is kept anywhere else.
 *
 * <pre>{@code
 * DmsTestSession session = Sessions.sessionFor(extensionContext, declaration);
 * }</pre>
 */
public final class Sessions {

    private static final Namespace NAMESPACE = Namespace.create("io.dmstestkit.junit");

    private Sessions() {}

    /**
     * The session of the test or class {@code context} belongs to, opened on first request.
     *
     * @throws ExtensionConfigurationException when the declaration gives {@code context} no session (a
     *     per-test session asked for outside a test)
     */
    public static DmsTestSession sessionFor(ExtensionContext context, Declaration declaration) {
        ExtensionContext owner = owner(context, declaration)
                .orElseThrow(() -> new ExtensionConfigurationException(noSessionHere(context, declaration)));
        return owner.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        new SessionKey(owner.getUniqueId()), key -> open(owner, declaration), DmsTestSession.class);
    }

    /** Whether {@link #sessionFor} can answer for {@code context}. */
    public static boolean hasSession(ExtensionContext context, Declaration declaration) {
        return owner(context, declaration).isPresent();
    }

    private static Optional<ExtensionContext> owner(ExtensionContext context, Declaration declaration) {
        if (declaration.perTest()) {
            return context.getTestMethod().isPresent() ? Optional.of(context) : Optional.empty();
        }
        Optional<AnnotatedElement> declaredOn = declaration.declaredOn();
        ExtensionContext outermostClass = null;
        for (ExtensionContext at = context; at != null; at = at.getParent().orElse(null)) {
            boolean classLevel = at.getElement().filter(Class.class::isInstance).isPresent();
            if (classLevel
                    && declaredOn.isPresent()
                    && declaredOn.get().equals(at.getElement().get())) {
                return Optional.of(at);
            }
            outermostClass = classLevel ? at : outermostClass;
        }
        return Optional.ofNullable(outermostClass);
    }

    private static DmsTestSession open(ExtensionContext owner, Declaration declaration) {
        if (declaration.lifecycle() != Lifecycle.SHARED) {
            return DmsTestSession.open(declaration.settings());
        }
        DmsBackend backend = owner.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        declaration.settings().backendKey(),
                        key -> DmsBackend.start(declaration.settings()),
                        DmsBackend.class);
        return DmsTestSession.open(declaration.settings(), backend);
    }

    private static String noSessionHere(ExtensionContext context, Declaration declaration) {
        return "@DmsScenario with lifecycle " + declaration.lifecycle() + " opens a session for each test, and "
                + context.getDisplayName() + " is not a test (a constructor or @BeforeAll/@AfterAll method?). Take"
                + " the parameter in the test or in @BeforeEach, or declare lifecycle = PER_CLASS (or SHARED) on"
                + " the class to prepare once per class.";
    }

    /** One session per owning context; the id keeps a test's key from finding its class's session. */
    private record SessionKey(String contextId) {}
}
