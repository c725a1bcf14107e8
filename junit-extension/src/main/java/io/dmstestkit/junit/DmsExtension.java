package io.dmstestkit.junit;

import io.dmstestkit.dsl.ScenarioRunner;
import io.dmstestkit.junit.internal.jupiter.Declaration;
import io.dmstestkit.junit.internal.jupiter.ReportedInvocations;
import io.dmstestkit.junit.internal.jupiter.SessionCallbacks;
import io.dmstestkit.junit.internal.jupiter.VisibleSessions;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.Timings;
import io.dmstestkit.testcore.ClockMode;
import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.DmsTestSettings;
import io.dmstestkit.testcore.Lifecycle;
import io.dmstestkit.testcore.Mode;
import io.dmstestkit.testcore.Transport;
import io.dmstestkit.wiremock.DmsAdminClient;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationAsyncClient;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * The JUnit 5 extension to register in code, with {@code @RegisterExtension}: configure it with a builder
 * and reach the running test's session through its accessors. (Annotated tests use {@link DmsScenario}
 * instead, which registers an extension of its own.)
 *
 * <pre>{@code
 * class OrchestratorTest {
 *     @RegisterExtension
 *     static DmsExtension dms = DmsExtension.newInstance()
 *         .transport(Transport.HTTP)
 *         .lifecycle(Lifecycle.PER_CLASS)
 *         .build();
 *
 *     @Test
 *     void starts_the_replication() {
 *         new MigrationOrchestrator(dms.client()).start("orders");
 *         assertThat(dms.simulator().journal()).inAccount(dms.session().account()).hasCalls("StartReplication", 1);
 *     }
 * }
 * }</pre>
 *
 * <p>Sessions live in JUnit's {@code ExtensionContext.Store} (see {@link Lifecycle}), which closes them;
 * parameters and non-final instance fields of the injected types (see {@link DmsScenario}) are filled before
 * each test, and for class-level sessions also right after the test instance is made. The accessors see a
 * session through a binding that is stored next to it and closed with it, so this object owns nothing that
 * outlives a test. With lifecycle {@link Lifecycle#PER_METHOD} the accessors answer on the test's own thread,
 * between its {@code @BeforeEach} and {@code @AfterEach}; with a class-level lifecycle, anywhere in the class.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsExtension
        implements BeforeAllCallback,
                BeforeEachCallback,
                InvocationInterceptor,
                ParameterResolver,
                TestInstancePostProcessor {

    /** The Store keys of the bindings that show this extension's sessions to its accessors. */
    private enum Binding {
        TEST,
        CLASS
    }

    private final Declaration declaration;

    /** This instance's own corner of the Stores: two registered extensions never see each other's bindings. */
    private final Namespace namespace = Namespace.create(DmsExtension.class, this);

    /** What the accessors see; filled and emptied only by bindings that JUnit's Store closes. */
    private final VisibleSessions visible = new VisibleSessions();

    private DmsExtension(Declaration declaration) {
        this.declaration = declaration;
    }

    /**
     * Starts configuring an extension to register with {@code @RegisterExtension}.
     *
     * <pre>{@code
     * @RegisterExtension
     * static DmsExtension dms = DmsExtension.newInstance().clock(ClockMode.ACCELERATED).clockFactor(600).build();
     * }</pre>
     */
    public static Builder newInstance() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // Nested classes find the outermost class's session, already shown: the key keeps one binding per class.
        SessionCallbacks.beforeAll(context, declaration)
                .ifPresent(session -> context.getStore(namespace)
                        .getOrComputeIfAbsent(Binding.CLASS, key -> visible.showForClass(session)));
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        SessionCallbacks.postProcessTestInstance(testInstance, context, declaration);
    }

    /** Hands {@link #postProcessTestInstance} the test's own context, so per-test sessions can fill fields there. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        DmsTestSession session = SessionCallbacks.beforeEach(context, declaration);
        context.getStore(namespace).put(Binding.TEST, visible.showForTest(session));
    }

    /** Adds the test's section to the run's HTML report, when one is asked for. */
    @Override
    public void interceptTestMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        ReportedInvocations.proceed(invocation, context);
    }

    @Override
    public void interceptTestTemplateMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        ReportedInvocations.proceed(invocation, context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return SessionCallbacks.supportsParameter(parameterContext);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return SessionCallbacks.resolveParameter(parameterContext, extensionContext, declaration);
    }

    /**
     * The session of the running test (lifecycle {@link Lifecycle#PER_METHOD}) or class.
     *
     * @throws IllegalStateException outside a test or class
     */
    public DmsTestSession session() {
        return visible.current()
                .orElseThrow(() -> new IllegalStateException("no DMS session here: with lifecycle "
                        + declaration.lifecycle()
                        + " there is one only while a test runs, on the test's thread; use lifecycle PER_CLASS (or"
                        + " SHARED) for one in @BeforeAll"));
    }

    /** The simulator of {@link #session()}. */
    public DmsSimulator simulator() {
        return session().simulator();
    }

    /** The sync SDK client of {@link #session()}. */
    public DatabaseMigrationClient client() {
        return session().client();
    }

    /** The async SDK client of {@link #session()}. */
    public DatabaseMigrationAsyncClient asyncClient() {
        return session().asyncClient();
    }

    /** The endpoint of {@link #session()}. */
    public URI endpoint() {
        return session().endpoint();
    }

    /** The scenario runner of {@link #session()}, working in its account. */
    public ScenarioRunner scenarioRunner() {
        return session().scenarioRunner();
    }

    /** The admin client of {@link #session()}'s server. */
    public DmsAdminClient adminClient() {
        return session().adminClient();
    }

    /**
     * Configures a {@link DmsExtension}, with the defaults of {@link DmsScenario}.
     *
     * <pre>{@code
     * DmsExtension.newInstance().transport(Transport.HTTP).files("scenarios/orders-ready.dms.yaml").build();
     * }</pre>
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private final DmsTestSettings.Builder settings = DmsTestSettings.builder();
        private Lifecycle lifecycle = Lifecycle.PER_METHOD;

        private Builder() {}

        public Builder clock(ClockMode clock) {
            settings.clock(clock);
            return this;
        }

        public Builder clockFactor(double factor) {
            settings.clockFactor(factor);
            return this;
        }

        public Builder advanceOnPoll(boolean advanceOnPoll) {
            settings.advanceOnPoll(advanceOnPoll);
            return this;
        }

        public Builder account(String account) {
            settings.account(account);
            return this;
        }

        public Builder region(String region) {
            settings.region(region);
            return this;
        }

        public Builder transport(Transport transport) {
            settings.transport(transport);
            return this;
        }

        public Builder mode(Mode mode) {
            settings.mode(mode);
            return this;
        }

        /** Scenario files (classpath resources) run when each session opens. */
        public Builder files(String... resources) {
            settings.scenarioFiles(resources);
            return this;
        }

        public Builder timings(Timings timings) {
            settings.timings(timings);
            return this;
        }

        /**
         * Points SDK clients the code under test builds itself at the simulator through JVM system
         * properties. A registered extension cannot take JUnit's lock for them: annotate the class with
         * {@code @ResourceLock(Resources.SYSTEM_PROPERTIES)} as well.
         */
        public Builder systemProperties(boolean systemProperties) {
            settings.systemProperties(systemProperties);
            return this;
        }

        public Builder lifecycle(Lifecycle lifecycle) {
            this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
            return this;
        }

        /** @throws IllegalArgumentException when the settings contradict each other */
        public DmsExtension build() {
            return new DmsExtension(new Declaration(settings.build(), lifecycle, Optional.empty()));
        }
    }
}
