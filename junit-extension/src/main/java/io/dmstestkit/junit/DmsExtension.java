package io.dmstestkit.junit;

import io.dmstestkit.dsl.ScenarioRunner;
import io.dmstestkit.junit.internal.jupiter.Declaration;
import io.dmstestkit.junit.internal.jupiter.Injection;
import io.dmstestkit.junit.internal.jupiter.Sessions;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.Timings;
import io.dmstestkit.testcore.ClockMode;
import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.DmsTestSettings;
import io.dmstestkit.testcore.Lifecycle;
import io.dmstestkit.testcore.Mode;
import io.dmstestkit.testcore.Transport;
import io.dmstestkit.wiremock.DmsAdminClient;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationAsyncClient;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * The JUnit 5 extension behind {@link DmsScenario}, and its programmatic twin: register an instance to
 * configure it in code and reach the session through its accessors.
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
 * <p>Sessions live in JUnit's {@code ExtensionContext.Store} (see {@link Lifecycle}); parameters and
 * non-final instance fields of the injected types (see {@link DmsScenario}) are filled before each test,
 * and for class-level sessions also right after the test instance is made. With lifecycle
 * {@link Lifecycle#PER_METHOD} the accessors answer on the test's own thread, between its
 * {@code @BeforeEach} and {@code @AfterEach}; with a class-level lifecycle, anywhere in the class.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsExtension
        implements BeforeAllCallback,
                BeforeEachCallback,
                AfterEachCallback,
                AfterAllCallback,
                ParameterResolver,
                TestInstancePostProcessor {

    /** The programmatic configuration; empty when {@link DmsScenario} annotations configure the tests. */
    private final Optional<Declaration> programmatic;

    // For the accessors of a registered instance only; the sessions themselves belong to the Store.
    private final ThreadLocal<DmsTestSession> testSession = new ThreadLocal<>();
    private final AtomicReference<DmsTestSession> classSession = new AtomicReference<>();

    /** For {@code @ExtendWith} (through {@link DmsScenario}). */
    DmsExtension() {
        this(Optional.empty());
    }

    private DmsExtension(Optional<Declaration> programmatic) {
        this.programmatic = programmatic;
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
        Declaration declaration = declaration(context);
        if (!Sessions.hasSession(context, declaration)) {
            return;
        }
        DmsTestSession session = Sessions.sessionFor(context, declaration);
        if (programmatic.isPresent()) {
            classSession.set(session);
        }
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        Declaration declaration = declaration(context);
        if (Sessions.hasSession(context, declaration)) {
            Injection.injectFields(testInstance, Sessions.sessionFor(context, declaration));
        }
    }

    /** Hands {@link #postProcessTestInstance} the test's own context, so per-test sessions can fill fields there. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        DmsTestSession session = Sessions.sessionFor(context, declaration(context));
        context.getRequiredTestInstances()
                .getAllInstances()
                .forEach(instance -> Injection.injectFields(instance, session));
        if (programmatic.isPresent()) {
            testSession.set(session);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        testSession.remove();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getEnclosingTestClasses().isEmpty()) {
            classSession.set(null);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return Injection.supports(parameterContext.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        try {
            DmsTestSession session = Sessions.sessionFor(extensionContext, declaration(extensionContext));
            return Injection.value(parameterContext.getParameter().getType(), session);
        } catch (ExtensionConfigurationException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }

    /**
     * The session of the running test (lifecycle {@link Lifecycle#PER_METHOD}) or class.
     *
     * @throws IllegalStateException outside a test or class, or on an extension made by {@link DmsScenario}
     */
    public DmsTestSession session() {
        if (programmatic.isEmpty()) {
            throw new IllegalStateException(
                    "the accessors are for extensions registered with @RegisterExtension;"
                            + " with @DmsScenario, take a DmsTestSession (or the client, simulator...) as a parameter or field");
        }
        DmsTestSession session = Optional.ofNullable(testSession.get()).orElseGet(classSession::get);
        if (session == null) {
            throw new IllegalStateException(
                    "no DMS session here: with lifecycle " + programmatic.get().lifecycle()
                            + " there is one only while a test runs, on the test's thread; use lifecycle PER_CLASS (or"
                            + " SHARED) for one in @BeforeAll");
        }
        return session;
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

    private Declaration declaration(ExtensionContext context) {
        return programmatic.orElseGet(() -> Declarations.find(context));
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
            return new DmsExtension(Optional.of(new Declaration(settings.build(), lifecycle, Optional.empty())));
        }
    }
}
