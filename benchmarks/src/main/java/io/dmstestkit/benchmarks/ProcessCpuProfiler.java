package io.dmstestkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.apiguardian.api.API;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time the whole benchmark JVM used per operation: every thread
 * counts — the benchmark thread, Jetty's and WireMock's server threads, the garbage collector and the JIT.
 * {@code run.sh} always adds it ({@code -prof io.dmstestkit.benchmarks.ProcessCpuProfiler}); the result
 * is the secondary metric {@value #LABEL}.
 *
 * <p>Why: wall time on a shared machine measures the other processes as much as the benchmark, and an HTTP
 * call, which hands over between threads several times, waits for a processor at every hand-over. CPU time
 * per operation barely changes with the load, so the ratio of two benchmarks' CPU times stays a fair
 * comparison when their wall times do not.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar LifecycleBenchmark -prof io.dmstestkit.benchmarks.ProcessCpuProfiler
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class ProcessCpuProfiler implements InternalProfiler {

    static final String LABEL = "cpu.process";

    private final com.sun.management.OperatingSystemMXBean system =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuAtStart;

    @Override
    public String getDescription() {
        return "CPU time of the whole benchmark JVM per operation (all threads: benchmark, server, GC, JIT)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = system.getProcessCpuTime();
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's own signature: Result is generic in its subtype
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long nanos = system.getProcessCpuTime() - cpuAtStart;
        // All operations, not only the measured ones: the CPU time covers the whole iteration.
        long operations = Math.max(1, result.getMetadata().getAllOps());
        return List.of(new ScalarResult(LABEL, nanos / 1e6 / operations, "ms/op", AggregationPolicy.AVG));
    }
}
