package io.dmstestkit.testcore.exploration;

import org.apiguardian.api.API;

/**
 * How one case of an exploration ended.
 *
 * @param kase the faults staged
 * @param outcome passed, tolerated, failed or skipped
 * @param detail the failure (exception and first line of its message), or why the case was skipped
 */
@API(status = API.Status.EXPERIMENTAL)
public record CaseResult(ExplorationCase kase, Outcome outcome, String detail) {

    /** How a case ended. */
    public enum Outcome {
        /** The test passed with the fault staged. */
        PASSED("ok"),
        /** The test failed the way it declared it may under this fault. */
        TOLERATED("tolerated"),
        /** The test failed: the code under test does not survive this fault. */
        FAILED("FAILED"),
        /** Not run: not applicable, reduced away or over budget ({@link #detail()} says which). */
        SKIPPED("skipped");

        private final String cell;

        Outcome(String cell) {
            this.cell = cell;
        }

        /** The word in a matrix cell. */
        public String cell() {
            return cell;
        }
    }
}
