package io.dmstestkit.simulator.conformance;

import io.dmstestkit.simulator.DmsSimulator;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;

/**
 * Well-formed calls of a family of DMS operations, for the conformance test over the API model. Each call
 * gets a fresh simulator and a real SDK client wired to it in-process; it creates what it needs through the
 * client (advancing the simulator's clock where a resource must become ready), then makes the call of its
 * operation and returns that call's response, which the conformance test checks.
 */
public interface ConformanceCalls {

    /** The calls, keyed by operation name, e.g. {@code "StartReplicationTask"}. */
    Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls();
}
