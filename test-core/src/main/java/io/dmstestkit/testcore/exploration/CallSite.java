package io.dmstestkit.testcore.exploration;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One place in a clean run where a fault can strike: a DMS call, or a run of identical polls collapsed
 * into one (the 7th and 8th {@code DescribeReplications} of a wait that all answered the same).
 *
 * <pre>{@code
 * site.label();   // "#4 DescribeReplications orders (×6)"
 * }</pre>
 *
 * @param index the site's position among the clean run's sites, from 1
 * @param operation the DMS operation, e.g. {@code DescribeReplications}
 * @param resource the resource the call names (identifier preferred over ARN), if any
 * @param resourceOrdinal the call's position (from 1) among the calls of this operation on this resource
 * @param operationOrdinal the call's position (from 1) among the calls of this operation
 * @param virtualTime when the call was made, in virtual time
 * @param calls how many identical consecutive calls this site stands for
 * @param lastVirtualTime when the last of those calls was made
 */
@API(status = API.Status.EXPERIMENTAL)
public record CallSite(
        int index,
        String operation,
        Optional<String> resource,
        int resourceOrdinal,
        int operationOrdinal,
        Instant virtualTime,
        int calls,
        Instant lastVirtualTime) {

    /**
     * When a state fault at this site strikes: the call's time, or for collapsed polls the middle of the
     * wait, so the replication goes wrong while the caller is between two polls.
     */
    public Instant strikeTime() {
        return virtualTime.plus(
                java.time.Duration.between(virtualTime, lastVirtualTime).dividedBy(2));
    }

    /** A short label for matrices: {@code #4 DescribeReplications orders (×6)}. */
    public String label() {
        return "#" + index + " " + operation + resource.map(r -> " " + r).orElse("")
                + (calls > 1 ? " (×" + calls + ")" : "");
    }
}
