package io.dmstestkit.testcore.exploration;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.DmsTestSettings;
import io.dmstestkit.testcore.exploration.CaseResult.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;

/**
 * Pairs of faults: explored only once every single fault is survived, each a first fault and a second at
 * a later call site, deterministic for a seed, listed in the matrix with a reproduction line per fault.
 */
class PairsTest {

    private static final DmsTestSettings SETTINGS = DmsTestSettings.builder()
            .scenarioFiles("stages/orders-full-load.dms.yaml")
            .build();

    private static final ExplorationOptions PAIRS = ExplorationOptions.defaults()
            .withFaults(Set.of(ExploredFault.FAILED_DEPENDENCY, ExploredFault.CONNECTION_RESET))
            .withPairs(true)
            .withSeed(3);

    @Test
    void finds_the_pairs_a_workflow_with_one_retry_in_all_does_not_survive() {
        ExplorationMatrix matrix = FaultExplorer.explore(SETTINGS, PAIRS, (session, active) -> loads(session, 1), 2);

        assertThat(matrix.results().stream().filter(r -> r.kase().faults().size() == 1))
                .isNotEmpty()
                .allMatch(r -> r.outcome() == Outcome.PASSED);
        List<CaseResult> pairs = matrix.results().stream()
                .filter(r -> r.kase().faults().size() == 2)
                .toList();
        // 3 call sites, 2 faults: 3 ordered site pairs × 4 fault pairs. A reset is retried by the SDK itself;
        // two failed dependencies use up the workflow's one retry.
        assertThat(pairs).hasSize(12);
        assertThat(matrix.failures())
                .hasSize(3)
                .allMatch(r -> r.kase().faults().size() == 2)
                .allMatch(r -> r.kase().faults().stream().allMatch(f -> f.fault() == ExploredFault.FAILED_DEPENDENCY))
                .allMatch(r -> r.detail()
                        .equals("IllegalStateException: no retry left for a failed call: FailedDependencyFault"));
        String report = matrix.render("pairs");
        assertThat(report).contains("Pairs: 12 cases, 3 failed");
        assertThat(report)
                .contains("- FAILED: FailedDependency at #2 StartReplication orders + FailedDependency at #3"
                        + " DescribeReplications orders");
        assertThat(report)
                .contains(
                        "   reproduce: simulator.faults().arm(DmsFault.error(\"FailedDependency\").on(\"StartReplication\")"
                                + ".resource(\"orders\").onCall(1).build());\n"
                                + "   YAML:      - fault: { error: FailedDependency, on: StartReplication, resource: orders,"
                                + " onCall: 1 }\n"
                                + "   reproduce: simulator.faults().arm(DmsFault.error(\"FailedDependency\")"
                                + ".on(\"DescribeReplications\").resource(\"orders\").onCall(1).build());");
    }

    @Test
    void the_same_seed_gives_the_same_pairs_on_one_thread_or_four() {
        String one = FaultExplorer.explore(SETTINGS, PAIRS, (session, active) -> loads(session, 1), 1)
                .render("pairs");
        String four = FaultExplorer.explore(SETTINGS, PAIRS, (session, active) -> loads(session, 1), 4)
                .render("pairs");

        assertThat(four).isEqualTo(one).contains("FAILED");
    }

    @Test
    void a_budget_keeps_the_pairs_the_seed_picks_and_skips_the_rest() {
        ExplorationOptions budget = PAIRS.withMaxRuns(8);

        ExplorationMatrix first = FaultExplorer.explore(SETTINGS, budget, (session, active) -> loads(session, 1), 2);
        ExplorationMatrix second = FaultExplorer.explore(SETTINGS, budget, (session, active) -> loads(session, 1), 2);

        List<CaseResult> pairs = first.results().stream()
                .filter(r -> r.kase().faults().size() == 2)
                .toList();
        assertThat(pairs).filteredOn(r -> r.outcome() != Outcome.SKIPPED).hasSize(2);
        assertThat(pairs)
                .filteredOn(r -> r.outcome() == Outcome.SKIPPED)
                .hasSize(10)
                .allMatch(r -> r.detail().equals("over the budget of 8 runs"));
        assertThat(second.render("budget")).isEqualTo(first.render("budget"));
    }

    @Test
    void no_pairs_while_a_single_fault_fails() {
        ExplorationMatrix matrix = FaultExplorer.explore(SETTINGS, PAIRS, (session, active) -> loads(session, 0), 2);

        assertThat(matrix.failures())
                .isNotEmpty()
                .allMatch(r -> r.kase().faults().size() == 1);
        assertThat(matrix.results()).allMatch(r -> r.kase().faults().size() == 1);
    }

    /** Starts the full load of 'orders' and polls it until it stops, retrying at most {@code retries} calls in all. */
    private static void loads(DmsTestSession session, int retries) {
        DatabaseMigrationClient dms = session.client();
        int[] left = {retries};
        String arn = retried(
                left,
                () -> dms.describeReplicationConfigs(r -> {})
                        .replicationConfigs()
                        .get(0)
                        .replicationConfigArn());
        retried(
                left,
                () -> dms.startReplication(r -> r.replicationConfigArn(arn).startReplicationType("start-replication")));
        String status = "";
        for (int polls = 0; !status.equals("stopped") && polls < 500; polls++) {
            session.simulator().clock().advance(Duration.ofMinutes(1));
            status = retried(
                    left,
                    () -> dms.describeReplications(r -> r.filters(
                                    f -> f.name("replication-config-arn").values(arn)))
                            .replications()
                            .get(0)
                            .status());
        }
        if (!status.equals("stopped")) {
            throw new AssertionError("the load did not stop: " + status);
        }
    }

    private static <T> T retried(int[] left, Supplier<T> call) {
        try {
            return call.get();
        } catch (DatabaseMigrationException e) {
            if (left[0]-- > 0) {
                return call.get();
            }
            throw new IllegalStateException(
                    "no retry left for a failed call: " + e.awsErrorDetails().errorCode(), e);
        }
    }
}
