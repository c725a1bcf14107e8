package io.dmstestkit.simulator;

import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.text.Suggestions;
import java.util.Comparator;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The names of the DMS API operations (from the SDK), for checking names users write in faults,
 * verifications and scenarios.
 *
 * <pre>{@code
 * DmsOperations.requireKnown("StopReplication");   // ok
 * DmsOperations.requireKnown("StopReplications");  // IllegalArgumentException: ... did you mean StopReplication?
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsOperations {

    private DmsOperations() {}

    /** Every operation of the DMS API 2016-01-01 known to the SDK. */
    public static Set<String> all() {
        return OperationRegistry.allOperations();
    }

    public static boolean isKnown(String operation) {
        return OperationRegistry.isDmsOperation(operation);
    }

    /** Returns the name if it is a DMS operation; otherwise throws, suggesting the closest name. */
    public static String requireKnown(String operation) {
        if (!isKnown(operation)) {
            throw new IllegalArgumentException(
                    "'" + operation + "' is not a DMS operation; did you mean " + closest(operation) + "?");
        }
        return operation;
    }

    /** The operation name closest to {@code text} (edit distance, ignoring case). */
    public static String closest(String text) {
        return all().stream()
                .min(Comparator.comparingInt(op -> Suggestions.distance(op.toLowerCase(), text.toLowerCase())))
                .orElseThrow();
    }
}
