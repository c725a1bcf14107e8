package io.dmstestkit.spock;

import io.dmstestkit.spock.internal.DmsScenarioExtension;
import io.dmstestkit.testcore.ClockMode;
import io.dmstestkit.testcore.DmsTestSettings;
import io.dmstestkit.testcore.Lifecycle;
import io.dmstestkit.testcore.Mode;
import io.dmstestkit.testcore.Transport;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.spockframework.runtime.extension.ExtensionAnnotation;

/**
 * Gives a Spock specification a simulated AWS DMS: a simulator (and, when needed, a server on a free port)
 * and a session in an account of its own. Fields of these types are filled: {@code DatabaseMigrationClient},
 * {@code DatabaseMigrationAsyncClient}, {@code DmsSimulator}, the endpoint {@code URI}, {@code ScenarioRunner},
 * {@code DmsTestSession}, {@code DmsAdminClient} and {@code DmsServer}. The same name and attributes as the
 * JUnit 5 annotation, {@code io.dmstestkit.junit.DmsScenario}, and the same sessions underneath.
 *
 * <pre>{@code
 * import static io.dmstestkit.dsl.Dsl.*
 *
 * @DmsScenario
 * class CutoverSpec extends Specification implements DmsSpecSupport {
 *     DatabaseMigrationClient dms          // injected
 *     DmsSimulator simulator               // injected
 *
 *     def "a refused stop is retried"() {
 *         given:
 *         simulator.given {
 *             replication('orders') { type FULL_LOAD_AND_CDC }
 *             start 'orders'
 *             await('orders') { status RUNNING }
 *             fault AccessDenied, on: 'StopReplication', times: 1
 *         }
 *
 *         when:
 *         new MigrationOrchestrator(dms).stop(replication('orders').replicationConfigArn)
 *
 *         then:
 *         journal.count('StopReplication') == 2
 *     }
 * }
 * }</pre>
 *
 * <p>Which session a field gets, by {@link #lifecycle()}:
 * <ul>
 *   <li>{@code @Shared} fields: a session for the whole specification, opened before the shared field
 *       initializers run (whenever Spock runs the specification, as it runs those initializers) and closed
 *       after {@code cleanupSpec()}.
 *   <li>Other fields, with {@link Lifecycle#PER_METHOD} (the default): a session of their own for each
 *       feature (each iteration of a data-driven feature), opened before the field initializers run and
 *       closed after {@code cleanup()}. With {@link Lifecycle#PER_CLASS}: the specification's session.
 *   <li>{@link Lifecycle#SHARED}: like {@code PER_CLASS}, but the simulator behind the session is one for
 *       the whole run (shared by every specification asking for the same backend settings), each
 *       specification in an account of its own.
 * </ul>
 * On a feature method the annotation replaces the specification's for that feature, whose instance fields
 * get a session of their own ({@code PER_METHOD} or {@code SHARED}). Sessions live in Spock's stores
 * ({@code IStore}: the iteration's, the specification's, and the run's root store for shared simulators),
 * which close them, last opened first. Fields that have an initializer of their own keep its value: it runs
 * after the injection. Every session signs with its own account id, so specifications and features running
 * in parallel never see each other's resources. {@link #systemProperties()} takes Spock's
 * {@code SYSTEM_PROPERTIES} lock.
 *
 * @see DmsGroovyMethods the words for feature methods: {@code session.given { … }}, {@code session.journal}
 * @see "DmsSpecSupport (a Groovy trait): replication('orders').status, journal.count(…) in then: blocks"
 */
@API(status = API.Status.EXPERIMENTAL)
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtensionAnnotation(DmsScenarioExtension.class)
public @interface DmsScenario {

    /** Scenario files (classpath resources, {@code *.dms.yaml} or {@code *.dms.groovy}) run when each session opens, in order. */
    String[] files() default {};

    /** How virtual time moves. */
    ClockMode clock() default ClockMode.MANUAL;

    /** Virtual seconds per wall second, for {@link ClockMode#ACCELERATED}. */
    double clockFactor() default DmsTestSettings.DEFAULT_CLOCK_FACTOR;

    /** Each Describe call first moves the (manual) clock to the next scheduled change: for code that polls. */
    boolean advanceOnPoll() default false;

    /** The account id (12 digits) the sessions use; empty (the default) for a fresh one per session. */
    String account() default "";

    /** The region the sessions' clients sign for. */
    String region() default DmsTestSettings.DEFAULT_REGION;

    /** How the injected clients reach the simulator. */
    Transport transport() default Transport.IN_PROCESS;

    /** The simulator, or canned stubs in front of it (needs {@link Transport#HTTP}). */
    Mode mode() default Mode.SIMULATED;

    /** How long sessions and simulators live: per feature (the default), per specification, or for the whole run. */
    Lifecycle lifecycle() default Lifecycle.PER_METHOD;

    /**
     * Points SDK clients the code under test builds itself at the simulator through the SDK's JVM system
     * properties ({@code aws.endpointUrlDatabaseMigration}, {@code aws.accessKeyId},
     * {@code aws.secretAccessKey}, {@code aws.region}) while a session is open, restoring them afterwards.
     */
    boolean systemProperties() default false;

    /**
     * Where the HTML report of the test run goes (one page per run, a section per test); empty (the
     * default): the {@code dms.report.dir} system property or {@code junit-platform.properties} entry, and
     * no report when neither is set. A failing test's message names the report file.
     */
    String reportDir() default "";
}
