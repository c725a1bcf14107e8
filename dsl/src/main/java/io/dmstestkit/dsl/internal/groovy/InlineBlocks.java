package io.dmstestkit.dsl.internal.groovy;

import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import io.dmstestkit.dsl.model.Source;
import org.apiguardian.api.API;

/**
 * Explains a word Groovy could not find in a scenario block written inline, in a Groovy test
 * ({@code session.given { stpo 'orders' }} in Spock), exactly as in a {@code *.dms.groovy} file:
 * "unknown word 'stpo' in a scenario block; did you mean 'stop'?", at the test's own line.
 *
 * <pre>{@code
 * try {
 *     block.call(spec);
 * } catch (MissingMethodException | MissingPropertyException e) {
 *     throw InlineBlocks.explain(e, "OrdersSpec.groovy");
 * }
 * }</pre>
 */
@API(status = API.Status.INTERNAL, consumers = "io.dmstestkit.spock")
public final class InlineBlocks {

    /** The block a closure given straight to a {@code ScenarioSpec} stands for. */
    private static final String SCENARIO_BLOCK = "scenario";

    private InlineBlocks() {}

    /**
     * The failure as a {@link io.dmstestkit.dsl.ScenarioLoadException} with the file, line and did-you-mean
     * of a scenario file.
     *
     * @param fileName the source file of the block (a frame of the block's code carries it): the line is
     *     that of the innermost such frame
     */
    public static RuntimeException explain(MissingMethodException missing, String fileName) {
        return MisspelledWords.explain(missing, lineIn(missing, fileName), SCENARIO_BLOCK);
    }

    /** As {@link #explain(MissingMethodException, String)}, for a word used without arguments. */
    public static RuntimeException explain(MissingPropertyException missing, String fileName) {
        return MisspelledWords.explain(missing, lineIn(missing, fileName), SCENARIO_BLOCK);
    }

    private static Source lineIn(Throwable failure, String fileName) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (fileName.equals(frame.getFileName()) && frame.getLineNumber() > 0) {
                return Source.of(fileName, frame.getLineNumber());
            }
        }
        return Source.of(fileName, 0);
    }
}
