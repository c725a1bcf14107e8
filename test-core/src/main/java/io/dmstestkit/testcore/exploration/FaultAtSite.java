package io.dmstestkit.testcore.exploration;

import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.DmsIncident.Severity;
import io.dmstestkit.simulator.InProcessTransportFault;
import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.Transport;
import io.dmstestkit.wiremock.DmsTransportFaults;
import io.dmstestkit.wiremock.TransportFault;
import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One fault at one call site: how to stage it in a fresh session, and the line that stages exactly that
 * case in a regression test.
 *
 * <pre>{@code
 * new FaultAtSite(site, ExploredFault.FAILED_DEPENDENCY, Optional.empty()).reproduction();
 * // DmsFault.error("FailedDependency").on("DescribeReplications").resource("orders").onCall(3).build()
 * }</pre>
 *
 * @param site where the fault strikes
 * @param fault what strikes
 * @param table the table a {@link ExploredFault#TABLE_ERROR} hits (the first of the run in the clean run)
 */
@API(status = API.Status.EXPERIMENTAL)
public record FaultAtSite(CallSite site, ExploredFault fault, Optional<String> table) {

    static final Duration SPIKE_LASTING = Duration.ofMinutes(15);
    static final Duration SPIKE_LATENCY = Duration.ofMinutes(10);
    /** Longer than any attempt timeout a test client sets (the sessions' in-process clients use 10 s). */
    static final Duration LATE_ANSWER = Duration.ofMinutes(1);

    /** Short text for matrices and test names: {@code FailedDependency at #4 DescribeReplications orders}. */
    public String describe() {
        return fault.shortName() + " at " + site.label();
    }

    /**
     * Stages the fault in {@code session}, before the test body runs.
     *
     * @return why the case cannot be staged there (then it is skipped), or empty when it is staged
     */
    public Optional<String> stage(DmsTestSession session) {
        return switch (fault.kind()) {
            case SERVICE -> {
                session.simulator().faults().arm(serviceFault().withAccount(session.account()));
                yield Optional.empty();
            }
            case TRANSPORT -> stageTransport(session);
            case STATE -> stageState(session);
        };
    }

    /** Why this case can never be staged in sessions of {@code transport}, if it cannot. */
    public Optional<String> notApplicable(Transport transport) {
        if (fault == ExploredFault.ATTEMPT_TIMEOUT && transport == Transport.HTTP) {
            return Optional.of("a late answer over HTTP waits in wall time: explore in-process");
        }
        if (fault.kind() == ExploredFault.Kind.STATE && site.resource().isEmpty()) {
            return Optional.of("the call names no replication");
        }
        if (fault == ExploredFault.TABLE_ERROR && table.isEmpty()) {
            return Optional.of(
                    "the clean run loaded no table of " + site.resource().orElse("it"));
        }
        return Optional.empty();
    }

    private DmsFault serviceFault() {
        DmsFault.Builder builder = DmsFault.error(fault.shortName()).on(site.operation());
        site.resource().ifPresent(builder::resource);
        return builder.onCall(ordinal()).build();
    }

    private int ordinal() {
        return site.resource().isPresent() ? site.resourceOrdinal() : site.operationOrdinal();
    }

    private Optional<String> stageTransport(DmsTestSession session) {
        Optional<String> problem = notApplicable(session.settings().transport());
        if (problem.isPresent()) {
            return problem;
        }
        if (session.settings().transport() == Transport.HTTP) {
            DmsTransportFaults.on(session.server()).arm(transportFault().account(session.account()));
        } else {
            session.simulator().transportFaults().arm(inProcessFault().account(session.account()));
        }
        return Optional.empty();
    }

    private InProcessTransportFault.Builder inProcessFault() {
        InProcessTransportFault.Builder builder =
                switch (fault) {
                    case CONNECTION_RESET -> InProcessTransportFault.connectionReset();
                    case EMPTY_RESPONSE -> InProcessTransportFault.emptyResponse();
                    default -> InProcessTransportFault.delay(LATE_ANSWER);
                };
        return builder.on(site.operation())
                .afterCalls(site.operationOrdinal() - 1)
                .times(1);
    }

    private TransportFault.Builder transportFault() {
        TransportFault.Builder builder = fault == ExploredFault.CONNECTION_RESET
                ? TransportFault.connectionReset()
                : TransportFault.emptyResponse();
        return builder.on(site.operation())
                .afterCalls(site.operationOrdinal() - 1)
                .times(1);
    }

    private Optional<String> stageState(DmsTestSession session) {
        Optional<String> problem = notApplicable(session.settings().transport());
        if (problem.isPresent()) {
            return problem;
        }
        try {
            session.simulator()
                    .planIncident(
                            session.account(), session.region(), site.resource().orElseThrow(), incident());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            // The body creates the replication itself: there is nothing to plan the incident on beforehand.
            return Optional.of("cannot plan it before the test body: " + e.getMessage());
        }
    }

    private DmsIncident incident() {
        return switch (fault) {
            case RUN_FAILS_FATAL ->
                DmsIncident.failAt(site.strikeTime(), Severity.FATAL_ERROR, DmsIncident.DEFAULT_FAILURE_MESSAGE);
            case RUN_FAILS_RECOVERABLE ->
                DmsIncident.failAt(site.strikeTime(), Severity.RECOVERABLE_ERROR, DmsIncident.DEFAULT_FAILURE_MESSAGE);
            case TABLE_ERROR ->
                DmsIncident.tableError(table.orElseThrow(), site.strikeTime(), DmsIncident.DEFAULT_TABLE_ERROR_MESSAGE);
            case CDC_LATENCY_SPIKE -> DmsIncident.latencySpike(site.strikeTime(), SPIKE_LASTING, SPIKE_LATENCY);
            default -> throw new IllegalStateException(fault + " is not a state fault");
        };
    }

    /**
     * The Java line that stages exactly this case in a regression test (arm it on the simulator, or give
     * it to {@code DmsTransportFaults.on(server).arm(…)} for transport faults).
     */
    public String reproduction() {
        return switch (fault.kind()) {
            case SERVICE ->
                "simulator.faults().arm(DmsFault.error(\"" + fault.shortName() + "\").on(\""
                        + site.operation() + "\")"
                        + site.resource().map(r -> ".resource(\"" + r + "\")").orElse("")
                        + ".onCall(" + ordinal() + ").build());";
            case TRANSPORT -> transportReproduction();
            case STATE -> "simulator.planIncident(\"" + site.resource().orElse("?") + "\", " + incidentCall() + ");";
        };
    }

    /** The in-process line and, where WireMock can stage it without wall time, the one over HTTP. */
    private String transportReproduction() {
        String which = ".on(\"" + site.operation() + "\").afterCalls(" + (site.operationOrdinal() - 1) + ").times(1))";
        String inProcess = "simulator.transportFaults().arm(InProcessTransportFault."
                + (fault == ExploredFault.ATTEMPT_TIMEOUT
                        ? "delay(Duration.ofMinutes(" + LATE_ANSWER.toMinutes() + "))"
                        : fault.shortName() + "()")
                + which + ";";
        return fault == ExploredFault.ATTEMPT_TIMEOUT
                ? inProcess
                : inProcess + "   // over HTTP: DmsTransportFaults.on(server).arm(TransportFault." + fault.shortName()
                        + "()" + which + ";";
    }

    /** The YAML {@code fault:} step that stages this case, for service faults. */
    public Optional<String> yamlReproduction() {
        if (fault.kind() != ExploredFault.Kind.SERVICE) {
            return Optional.empty();
        }
        return Optional.of("- fault: { error: " + fault.shortName() + ", on: " + site.operation()
                + site.resource().map(r -> ", resource: " + r).orElse("") + ", onCall: " + ordinal() + " }");
    }

    private String incidentCall() {
        String at = "Instant.parse(\"" + site.strikeTime() + "\")";
        return switch (fault) {
            case RUN_FAILS_FATAL -> "DmsIncident.failAt(" + at + ", Severity.FATAL_ERROR, \"Simulated failure\")";
            case RUN_FAILS_RECOVERABLE ->
                "DmsIncident.failAt(" + at + ", Severity.RECOVERABLE_ERROR, \"Simulated failure\")";
            case TABLE_ERROR ->
                "DmsIncident.tableError(\"" + table.orElse("?") + "\", " + at + ", \"Simulated table error\")";
            default ->
                "DmsIncident.latencySpike(" + at + ", Duration.ofMinutes(" + SPIKE_LASTING.toMinutes()
                        + "), Duration.ofMinutes(" + SPIKE_LATENCY.toMinutes() + "))";
        };
    }
}
