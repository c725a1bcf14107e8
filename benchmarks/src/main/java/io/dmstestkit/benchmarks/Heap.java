package io.dmstestkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Heap in use after full collections: what live objects retain, garbage excluded. */
final class Heap {

    private static final int COLLECTIONS = 5;

    private Heap() {}

    /**
     * The lowest heap use seen over a few {@code System.gc()} calls: one collection may leave objects a
     * finaliser or a reference queue releases only in the next.
     */
    static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
