package io.dmstestkit.dsl.model;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A service fault a scenario arms: the AWS error to answer with and which calls it answers. Mirrors
 * {@link io.dmstestkit.simulator.DmsFault}; optional members are null when not given.
 */
@API(status = API.Status.EXPERIMENTAL)
public record FaultDecl(
        String error,
        String message,
        List<String> operations,
        String resource,
        Integer times,
        Integer onCall,
        Integer afterCalls,
        Double probability,
        Long seed) {

    public FaultDecl {
        error = io.dmstestkit.simulator.DmsErrorCode.resolve(error).code();
        operations = List.copyOf(operations);
    }

    public String describe() {
        return error
                + (operations.isEmpty() ? "" : " on " + String.join(", ", operations))
                + (times != null ? " ×" + times : "");
    }
}
