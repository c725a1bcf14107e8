package io.dmstestkit.simulator.internal.instance;

import io.dmstestkit.simulator.InstanceTimings;
import java.time.Duration;
import java.util.List;

/**
 * A transient status an instance passes through on its way back to {@code available}, with the event
 * category and the messages that report its beginning and end.
 */
record Transition(
        String status, Duration lasting, String category, List<String> beginMessages, List<String> endMessages) {

    Transition(String status, Duration lasting, String category, String beginMessage, String endMessage) {
        this(status, lasting, category, List.of(beginMessage), List.of(endMessage));
    }

    /** {@code modifying}, reporting one event per changed setting at its beginning and its end. */
    static Transition modifying(InstanceTimings timings, List<String> beginMessages, List<String> endMessages) {
        return new Transition("modifying", timings.modifying(), "configuration change", beginMessages, endMessages);
    }

    /** {@code modifying} at a maintenance window, applying what {@code ApplyImmediately=false} deferred. */
    static Transition pendingModifications(InstanceTimings timings) {
        return new Transition(
                "modifying",
                timings.modifying(),
                "maintenance",
                "Pending modifications are being applied.",
                "Pending modifications have been applied.");
    }

    static Transition rebooting(InstanceTimings timings) {
        return new Transition(
                "rebooting",
                timings.rebooting(),
                "maintenance",
                "The replication instance is being rebooted.",
                "The replication instance has been rebooted.");
    }

    static Transition failover(InstanceTimings timings) {
        return new Transition(
                "rebooting",
                timings.rebooting(),
                "failover",
                "A Multi-AZ failover for the replication instance has started.",
                "A Multi-AZ failover for the replication instance has completed.");
    }

    static Transition upgrading(InstanceTimings timings, String version) {
        return new Transition(
                "upgrading",
                timings.upgrading(),
                "maintenance",
                "The replication instance is being upgraded to engine version " + version + ".",
                "The replication instance has been upgraded to engine version " + version + ".");
    }
}
