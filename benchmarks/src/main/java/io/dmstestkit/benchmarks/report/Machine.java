package io.dmstestkit.benchmarks.report;

/**
 * Where and how the benchmarks ran, for the line under the table.
 *
 * @param cores processors available ({@code nproc})
 * @param jdk the first line of {@code java -version}
 * @param date when the run ended, as printed
 * @param run the kind of run and its JMH options, e.g. {@code quick (-wi 1 -i 2 -w 2s -r 2s -f 1)}
 * @param loadAverage the 1-minute load average when the run started; negative when unknown
 */
record Machine(int cores, String jdk, String date, String run, double loadAverage) {

    /** Whether this was a quick run, whose short warm-up leaves the JIT unfinished. */
    boolean quick() {
        return run.startsWith("quick");
    }

    /** Whether other work competed for the processors: then the figures, HTTP ones most, are inflated. */
    boolean wasBusy() {
        return loadAverage > cores / 2.0;
    }
}
