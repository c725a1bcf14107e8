package io.dmstestkit.testcore.exploration;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.simulator.JournalEntry;
import io.dmstestkit.testcore.Transport;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallSitesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static JournalEntry call(long sequence, String operation, int minute, int status) {
        return new JournalEntry(
                sequence,
                T0.plusSeconds(60L * minute),
                Instant.EPOCH,
                operation,
                "200000000001",
                "us-east-1",
                Set.of("orders", "arn:aws:dms:us-east-1:200000000001:replication-config:orders"),
                "{}",
                status,
                status == 200 ? Optional.empty() : Optional.of("ThrottlingException"),
                Optional.empty());
    }

    private final List<JournalEntry> calls = List.of(
            call(1, "StartReplication", 0, 200),
            call(2, "DescribeReplications", 0, 200),
            call(3, "DescribeReplications", 1, 200),
            call(4, "DescribeReplications", 2, 200),
            call(5, "DescribeReplications", 3, 400),
            call(6, "StopReplication", 4, 200));

    @Test
    void should_collapse_identical_polls_into_one_call_site() {
        List<CallSite> sites = CallSites.of(calls, Set.of());

        assertThat(sites)
                .extracting(CallSite::label)
                .containsExactly(
                        "#1 StartReplication orders",
                        "#2 DescribeReplications orders (×3)",
                        "#3 DescribeReplications orders",
                        "#4 StopReplication orders");
        assertThat(sites.get(1).strikeTime()).isEqualTo(T0.plusSeconds(60));
        assertThat(sites.get(2).resourceOrdinal()).isEqualTo(4);
    }

    @Test
    void should_keep_only_the_operations_asked_for() {
        assertThat(CallSites.of(calls, Set.of("StopReplication")))
                .singleElement()
                .satisfies(site -> assertThat(site.operationOrdinal()).isOne());
    }

    @Test
    void should_print_the_line_that_stages_exactly_that_call() {
        CallSite poll = CallSites.of(calls, Set.of()).get(2);

        FaultAtSite fault = new FaultAtSite(poll, ExploredFault.FAILED_DEPENDENCY, Optional.empty());

        assertThat(fault.reproduction())
                .isEqualTo("simulator.faults().arm(DmsFault.error(\"FailedDependency\").on(\"DescribeReplications\")"
                        + ".resource(\"orders\").onCall(4).build());");
        assertThat(fault.yamlReproduction())
                .contains(
                        "- fault: { error: FailedDependency, on: DescribeReplications, resource: orders, onCall: 4 }");
    }

    @Test
    void should_stage_transport_faults_in_process_and_skip_the_late_answer_over_http() {
        CallSite stop = CallSites.of(calls, Set.of()).get(3);

        FaultAtSite reset = new FaultAtSite(stop, ExploredFault.CONNECTION_RESET, Optional.empty());
        FaultAtSite late = new FaultAtSite(stop, ExploredFault.ATTEMPT_TIMEOUT, Optional.empty());

        assertThat(reset.notApplicable(Transport.IN_PROCESS)).isEmpty();
        assertThat(reset.notApplicable(Transport.HTTP)).isEmpty();
        assertThat(late.notApplicable(Transport.IN_PROCESS)).isEmpty();
        assertThat(late.notApplicable(Transport.HTTP))
                .contains("a late answer over HTTP waits in wall time: explore in-process");
        assertThat(late.reproduction())
                .isEqualTo("simulator.transportFaults().arm(InProcessTransportFault.delay(Duration.ofMinutes(1))"
                        + ".on(\"StopReplication\").afterCalls(0).times(1));");
        assertThat(reset.reproduction())
                .isEqualTo("simulator.transportFaults().arm(InProcessTransportFault.connectionReset()"
                        + ".on(\"StopReplication\").afterCalls(0).times(1));"
                        + "   // over HTTP: DmsTransportFaults.on(server).arm(TransportFault.connectionReset()"
                        + ".on(\"StopReplication\").afterCalls(0).times(1));");
    }

    @Test
    void should_tolerate_only_the_declared_failure_under_the_declared_fault() {
        CallSite stop = CallSites.of(calls, Set.of()).get(3);
        ExplorationCase denied =
                ExplorationCase.of(new FaultAtSite(stop, ExploredFault.ACCESS_DENIED, Optional.empty()));
        ExplorationCase throttled =
                ExplorationCase.of(new FaultAtSite(stop, ExploredFault.THROTTLING, Optional.empty()));
        Tolerance tolerance = new Tolerance(Set.of(ExploredFault.ACCESS_DENIED), IllegalStateException.class);

        assertThat(tolerance.tolerates(denied, new RuntimeException(new IllegalStateException("denied"))))
                .isTrue();
        assertThat(tolerance.tolerates(denied, new IllegalArgumentException("other")))
                .isFalse();
        assertThat(tolerance.tolerates(throttled, new IllegalStateException("denied")))
                .isFalse();
    }
}
