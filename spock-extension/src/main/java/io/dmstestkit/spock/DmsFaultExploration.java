package io.dmstestkit.spock;

import io.dmstestkit.spock.internal.FaultExplorationExtension;
import io.dmstestkit.testcore.exploration.ExploredFault;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.spockframework.runtime.extension.ExtensionAnnotation;

/**
 * Explores the fault space of a feature method, as the JUnit {@code @DmsFaultExploration} does: the feature
 * runs once clean, then once per call it made × fault of the catalogue ({@link ExploredFault}), each run an
 * iteration of its own in a fresh session of the specification's {@link DmsScenario}, in parallel when Spock
 * runs iterations in parallel. The feature is the oracle: an iteration it fails is a fault the code under
 * test does not survive, and its failure names the line that reproduces it. At the end the matrix of calls ×
 * faults is printed and written to {@code target/dms-exploration/<Spec>.<feature>.md}.
 *
 * <pre>{@code
 * @DmsScenario(files = 'stages/orders-ready.dms.yaml')
 * class CutOverExplorationSpec extends Specification {
 *     DatabaseMigrationClient dms
 *     DmsSimulator simulator
 *     ExplorationCase active          // the case of the running iteration
 *
 *     @DmsFaultExploration(tolerate = @DmsFaultExploration.Tolerate(
 *             value = ExploredFault.ACCESS_DENIED, surfacing = PermissionDeniedException))
 *     def "cuts over whatever fault DMS throws at it"() {
 *         expect:
 *         new MigrationOrchestrator(dms, simulator.clock()::advance).cutOver('orders').stopReason() == 'Stop Reason NORMAL'
 *     }
 * }
 * }</pre>
 *
 * <p>The sessions must be per iteration ({@code lifecycle = PER_METHOD}, the default), so that every run
 * starts from the same state and virtual time as the clean run. {@code setup()} runs before every iteration
 * and the faults count only the feature method's own calls. The feature must not be data-driven.
 */
@API(status = API.Status.EXPERIMENTAL)
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtensionAnnotation(FaultExplorationExtension.class)
public @interface DmsFaultExploration {

    /** The faults to stage; the whole catalogue when empty. */
    ExploredFault[] faults() default {};

    /** The operations to fault, e.g. {@code "DescribeReplications"}; all the feature calls when empty. */
    String[] operations() default {};

    /** Also two faults per run, once every single fault was survived. */
    boolean pairs() default false;

    /** The most faulted runs (0: no limit); the seed picks which. */
    int maxRuns() default 0;

    /** Wall time after which no further run starts, ISO-8601 ({@code PT30S}); no limit when empty. */
    String maxWallTime() default "";

    /** Orders the cases (and so what a budget keeps): the same seed gives the same matrix. */
    long seed() default 1;

    /** Failures the feature may end with under some faults: such runs count as tolerated, not failed. */
    Tolerate[] tolerate() default {};

    /** The folder the matrix is written to, relative to the working directory. */
    String reportDir() default "target/dms-exploration";

    /**
     * A run with one of these faults staged may fail with a {@code surfacing} exception (or one caused by
     * it).
     *
     * <pre>{@code
     * @DmsFaultExploration.Tolerate(value = ExploredFault.ACCESS_DENIED, surfacing = PermissionDeniedException)
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
