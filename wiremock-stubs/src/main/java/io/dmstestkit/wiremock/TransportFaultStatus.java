package io.dmstestkit.wiremock;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An armed transport fault as listed: its id, what it does, and how many more calls it will fail.
 *
 * <pre>{@code
 * DmsTransportFaults.on(server).list();
 * // [transport-fault-1: CONNECTION_RESET_BY_PEER on DescribeReplications, 1 time (remaining 0)]
 * }</pre>
 *
 * @param remaining how many more matching calls it fails; empty when it fails every one
 */
@API(status = API.Status.EXPERIMENTAL)
public record TransportFaultStatus(String id, TransportFault fault, Optional<Integer> remaining) {

    @Override
    public String toString() {
        return id + ": " + fault.describe()
                + remaining.map(n -> " (remaining " + n + ")").orElse("");
    }
}
