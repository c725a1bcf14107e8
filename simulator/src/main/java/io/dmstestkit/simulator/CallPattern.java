package io.dmstestkit.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Which journal entries a verification counts, in WireMock's style.
 *
 * <pre>{@code
 * simulator.verify(exactly(1), dmsCall("StopReplication").withResource(configArn));
 * simulator.verify(never(), dmsCall("DeleteReplicationConfig"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CallPattern {

    private final String operation;
    private final List<String> conditions;
    private final Predicate<JournalEntry> predicate;

    private CallPattern(String operation, List<String> conditions, Predicate<JournalEntry> predicate) {
        this.operation = operation;
        this.conditions = List.copyOf(conditions);
        this.predicate = predicate;
    }

    /** Calls of one DMS operation. */
    public static CallPattern dmsCall(String operation) {
        DmsOperations.requireKnown(operation);
        return new CallPattern(operation, List.of(), entry -> entry.operation().equals(operation));
    }

    /** Calls of any operation. */
    public static CallPattern anyDmsCall() {
        return new CallPattern(null, List.of(), entry -> true);
    }

    /** ... naming this resource (ARN or identifier). */
    public CallPattern withResource(String resource) {
        return and("resource " + resource, entry -> entry.resources().contains(resource));
    }

    public CallPattern withAccount(String account) {
        return and("account " + account, entry -> entry.account().equals(account));
    }

    public CallPattern withStatus(int status) {
        return and("status " + status, entry -> entry.status() == status);
    }

    public CallPattern withErrorCode(String errorCode) {
        String code = DmsErrorCode.resolve(errorCode).code();
        return and(
                "error " + code, entry -> entry.errorCode().filter(code::equals).isPresent());
    }

    /** ... answered by this armed fault. */
    public CallPattern withFault(String faultId) {
        return and(
                "fault " + faultId,
                entry -> entry.faultId().filter(faultId::equals).isPresent());
    }

    /** ... that succeeded (HTTP 200). */
    public CallPattern succeeded() {
        return and("succeeded", JournalEntry::succeeded);
    }

    /** ... whose request body contains this text. */
    public CallPattern withRequestContaining(String text) {
        return and("request containing '" + text + "'", entry -> entry.request().contains(text));
    }

    public boolean matches(JournalEntry entry) {
        return predicate.test(entry);
    }

    public Optional<String> operation() {
        return Optional.ofNullable(operation);
    }

    private CallPattern and(String condition, Predicate<JournalEntry> more) {
        List<String> all = new ArrayList<>(conditions);
        all.add(condition);
        return new CallPattern(operation, all, predicate.and(more));
    }

    @Override
    public String toString() {
        String what = operation == null ? "any DMS call" : operation;
        return conditions.isEmpty() ? what : what + " with " + String.join(", ", conditions);
    }
}
