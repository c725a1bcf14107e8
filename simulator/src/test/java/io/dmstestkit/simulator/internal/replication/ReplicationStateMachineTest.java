package io.dmstestkit.simulator.internal.replication;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.ReplicationFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.Replication;

/**
 * Random sequences of starts, stops, reloads, modifications, deletions, incidents and clock moves against one
 * replication config, through the real SDK client: whatever happens, the simulator answers like DMS would.
 */
class ReplicationStateMachineTest {

    private static final Set<String> STATUSES = Set.of(
            "created",
            "initializing",
            "preparing_metadata_resources",
            "testing_connection",
            "fetching_metadata",
            "calculating_capacity",
            "provisioning_capacity",
            "replication_starting",
            "running",
            "stopping",
            "stopped",
            "failed",
            "deleting",
            "modifying");
    private static final Set<String> ERROR_CODES = Set.of(
            "InvalidResourceStateFault",
            "ResourceNotFoundFault",
            "InvalidParameterValueException",
            "InvalidParameterCombinationException");
    private static final Set<String> PROVISION_STATES =
            Set.of("provisioning", "provisioned", "deprovisioning", "deprovisioned", "failed_provision");
    private static final List<String> TYPES = List.of("full-load", "cdc", "full-load-and-cdc");

    /** One step a user (or an injected incident) takes. */
    sealed interface Action {}

    record Start(String type) implements Action {}

    record Stop() implements Action {}

    record Advance(Duration duration) implements Action {}

    record JumpToNextChange() implements Action {}

    record Reload(String table) implements Action {}

    record Modify(String type) implements Action {}

    record DeleteAndRecreate() implements Action {}

    record Attach(String description, Function<Instant, DmsIncident> incident) implements Action {
        @Override
        public String toString() {
            return "Attach[" + description + "]";
        }
    }

    @Property(tries = 200)
    void the_replication_always_answers_like_dms(
            @ForAll("replicationTypes") String type, @ForAll("actions") List<Action> actions) {
        Session session = new Session(type);
        for (Action action : actions) {
            String before = session.replication().status();
            Optional<String> error = session.perform(action);
            Replication after = session.replication();
            checkTransition(action, before, error);
            session.checkInvariants(after);
        }
    }

    @Provide
    Arbitrary<String> replicationTypes() {
        return Arbitraries.of(TYPES);
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Action> start = Arbitraries.of("start-replication", "resume-processing", "reload-target")
                .map(Start::new);
        Arbitrary<Action> advance = Arbitraries.longs().between(1, 90_000).map(s -> new Advance(Duration.ofSeconds(s)));
        Arbitrary<Action> reload =
                Arbitraries.of("orders", "products", "unknown").map(Reload::new);
        Arbitrary<Action> modify = Arbitraries.of(TYPES).map(Modify::new);
        return Arbitraries.frequencyOf(
                        Tuple.of(5, start),
                        Tuple.of(3, Arbitraries.just(new Stop())),
                        Tuple.of(4, advance),
                        Tuple.of(6, Arbitraries.just(new JumpToNextChange())),
                        Tuple.of(2, reload),
                        Tuple.of(1, modify),
                        Tuple.of(1, Arbitraries.just(new DeleteAndRecreate())),
                        Tuple.of(2, incidents()))
                .list()
                .ofMinSize(1)
                .ofMaxSize(30);
    }

    /** Incidents relative to the moment they are attached: the clock is not known while generating. */
    private Arbitrary<Action> incidents() {
        Arbitrary<DmsIncident.Severity> severity = Arbitraries.of(DmsIncident.Severity.class);
        Arbitrary<Duration> delay = Arbitraries.longs().between(0, 3_600).map(Duration::ofSeconds);
        Arbitrary<Action> atPercent = Arbitraries.integers()
                .between(0, 100)
                .flatMap(p -> severity.map(s -> new Attach(
                        "fail at " + p + "% " + s, now -> DmsIncident.failAtPercent(p, s, "failed at " + p + "%"))));
        Arbitrary<Action> failLater = delay.flatMap(d -> severity.map(
                s -> new Attach("fail " + s + " in " + d, now -> DmsIncident.failAt(now.plus(d), s, "failed later"))));
        Arbitrary<Action> tableError = delay.map(d -> new Attach(
                "orders error in " + d, now -> DmsIncident.tableError("public.orders", now.plus(d), "table failed")));
        Arbitrary<Action> spike = delay.map(d -> new Attach(
                "latency spike in " + d,
                now -> DmsIncident.latencySpike(now.plus(d), Duration.ofMinutes(5), Duration.ofMinutes(2))));
        Arbitrary<Action> provisioning = Arbitraries.just(
                new Attach("provisioning failure", now -> DmsIncident.provisioningFailure("no capacity")));
        return Arbitraries.oneOf(atPercent, failLater, tableError, spike, provisioning);
    }

    private static void checkTransition(Action action, String before, Optional<String> error) {
        if (action instanceof Start start) {
            // Parameters are checked before state: resume-processing of a full-load replication is an
            // InvalidParameterValueException whatever the status.
            if (!ReplicationStatus.isIdle(before)) {
                assertThat(error).as(start + " while " + before).isPresent();
            }
        } else if (action instanceof Stop) {
            assertThat(error.isEmpty()).as("stop while " + before).isEqualTo(before.equals("running"));
        } else if (action instanceof Modify && !ReplicationStatus.isIdle(before)) {
            assertThat(error).as("modify while " + before).contains("InvalidResourceStateFault");
        }
    }

    /** One replication config driven through the SDK, and what the invariants remember between steps. */
    private static final class Session {
        private final ReplicationHarness harness = new ReplicationHarness();
        private final ReplicationFixture fixture = harness.fixture;
        private final DatabaseMigrationClient dms = harness.dms;
        private final String type;
        private String arn;
        // A run is known by its StartDate and FreshStartDate together: a reload-target started in the same
        // virtual second as the run before it (which failed at once) shares its StartDate, but loads afresh.
        private List<Instant> runStart;
        private int lastPercent;
        private int recreated;

        Session(String type) {
            this.type = type;
            this.arn = create();
        }

        Replication replication() {
            return fixture.describe(arn);
        }

        /** Performs the action; the DMS error code it was refused with, if any. */
        Optional<String> perform(Action action) {
            try {
                run(action);
                return Optional.empty();
            } catch (DatabaseMigrationException e) {
                assertThat(e.statusCode()).as("HTTP status of " + action).isEqualTo(400);
                assertThat(ERROR_CODES)
                        .as("error code of " + action)
                        .contains(e.awsErrorDetails().errorCode());
                return Optional.of(e.awsErrorDetails().errorCode());
            }
        }

        private void run(Action action) {
            if (action instanceof Start start) {
                fixture.start(arn, start.type());
            } else if (action instanceof Stop) {
                fixture.stop(arn);
            } else if (action instanceof Advance advance) {
                harness.clock.advance(advance.duration());
            } else if (action instanceof JumpToNextChange) {
                harness.nextChange().ifPresent(next -> {
                    assertThat(next).isAfter(harness.clock.now());
                    harness.clock.advanceTo(next);
                });
            } else if (action instanceof Reload reload) {
                dms.reloadReplicationTables(r -> r.replicationConfigArn(arn)
                        .tablesToReload(t -> t.schemaName("public").tableName(reload.table())));
            } else if (action instanceof Modify modify) {
                dms.modifyReplicationConfig(r -> r.replicationConfigArn(arn).replicationType(modify.type()));
            } else if (action instanceof DeleteAndRecreate) {
                dms.deleteReplicationConfig(r -> r.replicationConfigArn(arn));
                arn = create();
            } else if (action instanceof Attach attach) {
                harness.attach(arn, attach.incident().apply(harness.clock.now()));
            }
        }

        void checkInvariants(Replication replication) {
            String status = replication.status();
            assertThat(STATUSES).contains(status);
            boolean over = status.equals("stopped") || status.equals("failed");
            assertThat(replication.stopReason() != null)
                    .as("StopReason iff over, status " + status)
                    .isEqualTo(over);
            assertThat(replication.failureMessages().isEmpty()).isEqualTo(!status.equals("failed"));
            if (replication.provisionData() != null) {
                assertThat(PROVISION_STATES)
                        .contains(replication.provisionData().provisionState());
            }
            if (replication.replicationStats() == null) {
                assertThat(status).isEqualTo("created");
                return;
            }
            checkProgress(replication);
        }

        private void checkProgress(Replication replication) {
            var stats = replication.replicationStats();
            List<Instant> run = java.util.Arrays.asList(stats.startDate(), stats.freshStartDate());
            if (!run.equals(runStart)) {
                runStart = run;
                lastPercent = 0;
            }
            int percent = stats.fullLoadProgressPercent();
            assertThat(percent).isBetween(lastPercent, 100);
            lastPercent = percent;
            assertThat(stats.elapsedTimeMillis()).isNotNegative();
            assertThat(stats.tablesLoaded() + stats.tablesLoading() + stats.tablesQueued() + stats.tablesErrored())
                    .isEqualTo(5);
        }

        private String create() {
            String id = "property-" + recreated++;
            return fixture.createConfig(id, MigrationTypeValue.fromValue(type)).replicationConfigArn();
        }
    }
}
