package io.dmstestkit.junit;

import io.dmstestkit.testcore.exploration.ExploredFault;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Explores the fault space of a test: the method runs once clean, then once per call it made × fault of
 * the catalogue ({@link ExploredFault}), each in a fresh session of its own {@link DmsScenario}, in parallel
 * where JUnit runs tests in parallel. The test is the oracle: a run it fails is a fault the code under test
 * does not survive. At the end the matrix of calls × faults, with a reproduction line per failure, is
 * printed and written to {@code target/dms-exploration/<class>.<method>.md}.
 *
 * <pre>{@code
 * @DmsScenario(files = "stages/orders-ready.dms.yaml")
 * class CutOverExplorationTest {
 *     @DmsFaultExploration(tolerate = @DmsFaultExploration.Tolerate(
 *             value = ExploredFault.ACCESS_DENIED, surfacing = PermissionDeniedException.class))
 *     void cuts_over(DatabaseMigrationClient dms, DmsSimulator simulator, ExplorationCase active) {
 *         new MigrationOrchestrator(dms, simulator.clock()::advance).cutOver("orders");
 *     }
 * }
 * }</pre>
 *
 * <p>The session must be per test ({@code lifecycle = PER_METHOD}, the default), so that every run starts
 * from the same state and virtual time as the clean run.
 */
@API(status = API.Status.EXPERIMENTAL)
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(FaultExplorationExtension.class)
public @interface DmsFaultExploration {

    /** The faults to stage; the whole catalogue when empty. */
    ExploredFault[] faults() default {};

    /** The operations to fault, e.g. {@code "DescribeReplications"}; all the test calls when empty. */
    String[] operations() default {};

    /** Also two faults per run, once every single fault was survived. */
    boolean pairs() default false;

    /** The most faulted runs (0: no limit); the seed picks which. */
    int maxRuns() default 0;

    /** Wall time after which no further run starts, ISO-8601 ({@code PT30S}); no limit when empty. */
    String maxWallTime() default "";

    /** Orders the cases (and so what a budget keeps): the same seed gives the same matrix. */
    long seed() default 1;

    /** Failures the test may end with under some faults: such runs count as tolerated, not failed. */
    Tolerate[] tolerate() default {};

    /** The folder the matrix is written to, relative to the working directory. */
    String reportDir() default "target/dms-exploration";

    /**
     * A run with one of these faults staged may fail with a {@code surfacing} exception (or one caused by
     * it).
     *
     * <pre>{@code
     * @DmsFaultExploration.Tolerate(value = ExploredFault.ACCESS_DENIED, surfacing = PermissionDeniedException.class)
     * }</pre>
     */
    @API(status = API.Status.EXPERIMENTAL)
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Tolerate {
        ExploredFault[] value();

        Class<? extends Throwable> surfacing();
    }
}
