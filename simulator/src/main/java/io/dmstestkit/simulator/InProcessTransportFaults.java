package io.dmstestkit.simulator;

import io.dmstestkit.simulator.internal.protocol.CallerIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The transport faults armed for this simulator's in-process HTTP clients ({@link
 * DmsSimulator#inProcessHttpClient()}); clients over a socket get theirs from WireMock instead. Each armed
 * fault counts the calls it matches, so {@code afterCalls} and {@code times} pick calls the same way the
 * WireMock transport faults do.
 *
 * <pre>{@code
 * simulator.transportFaults().arm(InProcessTransportFault.connectionReset().on("StopReplication").times(1));
 * simulator.transportFaults().disarmAll();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class InProcessTransportFaults {

    private final List<Armed> armed = new ArrayList<>();
    /** Read without the lock on every call: most calls happen with no fault armed. */
    private volatile boolean empty = true;

    InProcessTransportFaults() {}

    public synchronized void arm(InProcessTransportFault fault) {
        armed.add(new Armed(fault));
        empty = false;
    }

    public void arm(InProcessTransportFault.Builder fault) {
        arm(fault.build());
    }

    /** The armed faults, in arming order. */
    public synchronized List<InProcessTransportFault> list() {
        return armed.stream().map(a -> a.fault).toList();
    }

    public synchronized void disarmAll() {
        armed.clear();
        empty = true;
    }

    /**
     * The fault that strikes this call, if any; every armed fault matching the call counts it, and the first
     * armed that fires wins.
     *
     * @param operation the call's operation ({@code X-Amz-Target} without the service prefix)
     * @param request the call, whose {@code Authorization} header names its account
     */
    public synchronized Optional<InProcessTransportFault> strike(String operation, DmsHttpRequest request) {
        if (empty) {
            return Optional.empty();
        }
        String account = CallerIdentity.of(request, "", "").account();
        Optional<InProcessTransportFault> fired = Optional.empty();
        for (Armed a : armed) {
            if (a.matches(operation, account) && a.fires() && fired.isEmpty()) {
                fired = Optional.of(a.fault);
            }
        }
        return fired;
    }

    private static final class Armed {
        private final InProcessTransportFault fault;
        private int seen;

        Armed(InProcessTransportFault fault) {
            this.fault = fault;
        }

        boolean matches(String operation, String account) {
            return (fault.operations().isEmpty() || fault.operations().contains(operation))
                    && fault.account().map(account::equals).orElse(true);
        }

        /** Counts the call; whether it is one the fault fails. */
        boolean fires() {
            seen++;
            return seen > fault.afterCalls()
                    && fault.times().map(t -> seen <= fault.afterCalls() + t).orElse(true);
        }
    }
}
