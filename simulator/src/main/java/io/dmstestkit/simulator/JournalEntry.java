package io.dmstestkit.simulator;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One DMS call the simulator answered, as the journal keeps it.
 *
 * @param sequence position in the journal, from 1
 * @param virtualTime the simulator's clock when the call was answered
 * @param wallTime the machine's clock when the call was answered
 * @param operation the operation name, or the raw target of a call that named no DMS operation
 * @param account the caller's account
 * @param region the caller's region
 * @param resources every ARN or identifier the request named, and the names of the resources behind ARNs
 * @param request the request body as sent
 * @param status the HTTP status answered
 * @param errorCode the AWS error code, for errors
 * @param faultId the id of the armed fault that answered, if one did
 */
@API(status = API.Status.EXPERIMENTAL)
public record JournalEntry(
        long sequence,
        Instant virtualTime,
        Instant wallTime,
        String operation,
        String account,
        String region,
        Set<String> resources,
        String request,
        int status,
        Optional<String> errorCode,
        Optional<String> faultId) {

    public JournalEntry {
        resources = Set.copyOf(resources);
    }

    public boolean succeeded() {
        return status == 200;
    }

    /** One line for messages: {@code #3 2026-01-01T00:15:00Z StopReplication [orders] → 400 AccessDeniedFault (fault-1)}. */
    public String describe() {
        StringBuilder text = new StringBuilder("#")
                .append(sequence)
                .append(' ')
                .append(virtualTime)
                .append(' ')
                .append(operation);
        if (!resources.isEmpty()) {
            text.append(' ').append(new java.util.TreeSet<>(resources));
        }
        text.append(" account ").append(account).append(" → ").append(status);
        errorCode.ifPresent(code -> text.append(' ').append(code));
        faultId.ifPresent(id -> text.append(" (").append(id).append(')'));
        return text.toString();
    }
}
