package io.dmstestkit.simulator;

import io.dmstestkit.simulator.internal.fault.ArmedFault;
import io.dmstestkit.simulator.internal.fault.CallFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;

/**
 * The service faults armed on one simulator. Every transport (HTTP, in-process, admin API) goes through
 * the same plan, so a fault behaves the same however the call arrives. Faults are checked in the order
 * they were armed; the first that fires answers the call.
 *
 * <pre>{@code
 * String id = simulator.faults().arm(DmsFault.error("Throttling").on("DescribeReplications").times(2).build());
 * simulator.faults().list();        // [fault-1: ThrottlingException on DescribeReplications, 2 times]
 * simulator.faults().disarm(id);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class FaultPlan {

    private final List<ArmedFault> armed = new ArrayList<>();
    /** Read without the lock on every call: most calls happen with no fault armed. */
    private volatile boolean empty = true;

    private final AtomicLong nextId = new AtomicLong(1);

    FaultPlan() {}

    /** Arms a fault; returns its id, used to disarm it and shown in the journal when it fires. */
    public synchronized String arm(DmsFault fault) {
        String id = "fault-" + nextId.getAndIncrement();
        armed.add(new ArmedFault(id, fault));
        empty = false;
        return id;
    }

    /** The armed faults, in arming order, with how often each matched and fired. */
    public synchronized List<ArmedFaultStatus> list() {
        return armed.stream().map(ArmedFault::status).toList();
    }

    /** Disarms one fault; false when no fault has this id. */
    public synchronized boolean disarm(String id) {
        boolean removed = armed.removeIf(fault -> fault.id().equals(id));
        empty = armed.isEmpty();
        return removed;
    }

    public synchronized void disarmAll() {
        armed.clear();
        empty = true;
    }

    /** The fault that answers this call, if one fires. */
    Optional<ArmedFault.Firing> check(CallFacts call) {
        if (empty) {
            return Optional.empty();
        }
        return checkArmed(call);
    }

    /** As {@link #check(CallFacts)}, asking for the call's facts only when a fault is armed. */
    Optional<ArmedFault.Firing> check(java.util.function.Supplier<CallFacts> call) {
        if (empty) {
            return Optional.empty();
        }
        return checkArmed(call.get());
    }

    private synchronized Optional<ArmedFault.Firing> checkArmed(CallFacts call) {
        for (ArmedFault fault : armed) {
            Optional<ArmedFault.Firing> firing = fault.consider(call);
            if (firing.isPresent()) {
                return firing;
            }
        }
        return Optional.empty();
    }

    /** An armed fault as listed: its id, its definition, and how many calls it matched and answered. */
    public record ArmedFaultStatus(String id, DmsFault fault, long matchedCalls, long firedCalls) {
        @Override
        public String toString() {
            return id + ": " + fault.describe() + " (matched " + matchedCalls + ", fired " + firedCalls + ")";
        }
    }
}
