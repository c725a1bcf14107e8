package io.dmstestkit.simulator.internal.task;

import io.dmstestkit.simulator.internal.run.RunKind;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code ReplicationTask.Status} strings of classic tasks, and the {@link RunKind} that tells the shared
 * run model how they are named: never started {@code ready}, one startup status {@code starting} lasting
 * {@link io.dmstestkit.simulator.Timings#taskStartup()}, no provisioning (a task runs on its instance).
 */
final class TaskStatus {

    static final String CREATING = "creating";
    static final String READY = "ready";
    static final String STARTING = "starting";
    static final String RUNNING = "running";
    static final String STOPPING = "stopping";
    static final String STOPPED = "stopped";
    static final String FAILED = "failed";
    static final String MOVING = "moving";
    static final String MODIFYING = "modifying";
    static final String TESTING = "testing";
    static final String DELETING = "deleting";

    static final RunKind KIND = new RunKind(
            "replication task",
            READY,
            timings -> Map.of(STARTING, timings.taskStartup()),
            RUNNING,
            STOPPING,
            STOPPED,
            FAILED,
            Optional.empty(),
            Set.of());

    private TaskStatus() {}
}
