package io.dmstestkit.wiremock.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dmstestkit.simulator.DmsFault;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A service fault as the admin API reads and writes it: {@code POST /__admin/dms/faults} takes it, and
 * {@code GET} lists it. The same record turns a {@link DmsFault} into JSON for {@code DmsAdminClient}, so
 * both ends agree on every field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultJson(
        String operation,
        List<String> operations,
        String error,
        String message,
        String resource,
        String account,
        Integer onCall,
        Integer times,
        Integer afterCalls,
        Double probability,
        Long seed,
        String from,
        String whileStatus,
        Integer httpStatus) {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    /** The fault this JSON describes; throws {@link AdminRequestException} or {@link IllegalArgumentException} naming the problem. */
    public DmsFault toFault() {
        if (error == null || error.isBlank()) {
            throw AdminRequestException.badRequest(
                    "field 'error' is required: a short name (AccessDenied), a full code (AccessDeniedFault) or any custom code");
        }
        if (operation != null && operations != null) {
            throw AdminRequestException.badRequest("give 'operation' or 'operations', not both");
        }
        DmsFault.Builder fault = DmsFault.error(error);
        if (operation != null) {
            fault.on(operation);
        }
        if (operations != null) {
            fault.on(operations.toArray(String[]::new));
        }
        if (message != null) {
            fault.message(message);
        }
        if (resource != null) {
            fault.resource(resource);
        }
        if (account != null) {
            require(ACCOUNT_ID.matcher(account).matches(), "field 'account' must be 12 digits, was '" + account + "'");
            fault.account(account);
        }
        applyCounts(fault);
        if (from != null) {
            fault.from(instant(from));
        }
        if (whileStatus != null) {
            fault.whileStatus(whileStatus);
        }
        if (httpStatus != null) {
            fault.httpStatus(httpStatus);
        }
        return fault.build();
    }

    private void applyCounts(DmsFault.Builder fault) {
        if (onCall != null) {
            fault.onCall(onCall);
        }
        if (times != null) {
            fault.times(times);
        }
        if (afterCalls != null) {
            fault.afterCalls(afterCalls);
        }
        require(seed == null || probability != null, "field 'seed' needs 'probability': it seeds the draws");
        if (probability != null) {
            fault.probability(probability, seed == null ? 1 : seed);
        }
    }

    /** The JSON form of a fault; reading it back with {@link #toFault()} gives an equal fault. */
    public static FaultJson of(DmsFault fault) {
        return new FaultJson(
                null,
                fault.operations().stream().sorted().toList(),
                fault.errorCode(),
                fault.message(),
                fault.resource().orElse(null),
                fault.account().orElse(null),
                fault.onCall().orElse(null),
                fault.times().orElse(null),
                fault.afterCalls() == 0 ? null : fault.afterCalls(),
                fault.probability().orElse(null),
                fault.probability().isPresent() ? fault.seed() : null,
                fault.from().map(Instant::toString).orElse(null),
                fault.whileStatus().orElse(null),
                fault.httpStatus());
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw AdminRequestException.badRequest(
                    "field 'from' must be an ISO-8601 instant such as 2026-01-01T00:30:00Z, was '" + text + "'");
        }
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw AdminRequestException.badRequest(problem);
        }
    }
}
