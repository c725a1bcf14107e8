package io.dmstestkit.junit;

import io.dmstestkit.testcore.ClockMode;
import io.dmstestkit.testcore.DmsTestSettings;
import io.dmstestkit.testcore.Lifecycle;
import io.dmstestkit.testcore.Mode;
import io.dmstestkit.testcore.Transport;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Gives a JUnit 5 test a simulated AWS DMS: a simulator (and, when needed, a server on a free port) and a
 * session in an account of its own, with everything it needs injected as parameters or fields of these
 * types: {@code DatabaseMigrationClient}, {@code DatabaseMigrationAsyncClient}, {@code DmsSimulator}, the
 * endpoint {@code URI}, {@code ScenarioRunner}, {@code DmsTestSession}, {@code DmsAdminClient} and
 * {@code DmsServer}.
 *
 * <pre>{@code
 * @DmsScenario
 * class CutoverTest {
 *     @Test
 *     void cut_over_stops_cleanly(DatabaseMigrationClient dms, DmsTestSession session) {
 *         session.scenarioRunner().run(scenario("given").replication("orders", r -> r.type(FULL_LOAD_AND_CDC))
 *             .start("orders").build()).assertPassed();
 *         new MigrationOrchestrator(dms).cutOver("orders");                   // the code under test
 *         assertThatReplication(session, "orders").isStopped().hasStopReason("NORMAL");
 *     }
 *
 *     @Test
 *     @DmsScenario(files = "scenarios/orders-cutover.dms.yaml")            // a shared scenario as a test
 *     void shared_cut_over_scenario() {}
 * }
 * }</pre>
 *
 * <p>On a method, the annotation replaces the class's for that test, which gets a session of its own.
 * Sessions live in JUnit's {@code ExtensionContext.Store} and close with their test or class (clients,
 * then the server); a {@link Lifecycle#SHARED} backend lives in the root store until the run ends. Every
 * session signs with its own account id, so tests running in parallel never see each other's resources.
 *
 * <p>{@link #systemProperties()} takes JUnit's {@code java.lang.System.properties} resource lock
 * ({@code Resources.SYSTEM_PROPERTIES}), so such tests never run alongside others that declare it.
 */
@API(status = API.Status.EXPERIMENTAL)
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(DmsScenarioExtension.class)
@ResourceLock(providers = SystemPropertiesLocks.class)
public @interface DmsScenario {

    /** Scenario files (classpath resources, {@code *.dms.yaml} or {@code *.dms.groovy}) run before the test, in order. */
    String[] files() default {};

    /** How virtual time moves. */
    ClockMode clock() default ClockMode.MANUAL;

    /** Virtual seconds per wall second, for {@link ClockMode#ACCELERATED}. */
    double clockFactor() default DmsTestSettings.DEFAULT_CLOCK_FACTOR;

    /** Each Describe call first moves the (manual) clock to the next scheduled change: for code that polls. */
    boolean advanceOnPoll() default false;

    /** The account id (12 digits) the session uses; empty (the default) for a fresh one per session. */
    String account() default "";

    /** The region the session's clients sign for. */
    String region() default DmsTestSettings.DEFAULT_REGION;

    /** How the injected clients reach the simulator. */
    Transport transport() default Transport.IN_PROCESS;

    /** The simulator, or canned stubs in front of it (needs {@link Transport#HTTP}). */
    Mode mode() default Mode.SIMULATED;

    /** How long the simulator lives: per test (the default), per class, or for the whole run. */
    Lifecycle lifecycle() default Lifecycle.PER_METHOD;

    /**
     * Points SDK clients the code under test builds itself at the simulator through the SDK's JVM system
     * properties ({@code aws.endpointUrlDatabaseMigration}, {@code aws.accessKeyId},
     * {@code aws.secretAccessKey}, {@code aws.region}) while the session is open, restoring them afterwards.
     */
    boolean systemProperties() default false;

    /**
     * Where the HTML report of the test run goes (one page per run, a section per test); empty (the
     * default): the {@code dms.report.dir} system property or {@code junit-platform.properties} entry, and
     * no report when neither is set. A failing test's message names the report file.
     */
    String reportDir() default "";
}
