package io.dmstestkit.examples.features;

import static io.dmstestkit.dsl.Dsl.scenario;
import static io.dmstestkit.junit.DmsAssertions.assertThat;
import static io.dmstestkit.junit.DmsAssertions.assertThatReplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.testcore.DmsTestSession;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.AccessDeniedException;

/** AccessDenied: a fault on one operation of one resource, as a missing IAM permission would refuse it. */
@DmsScenario
class AccessDeniedExample {

    @Test
    void stopping_orders_is_denied_but_other_calls_go_through(
            DatabaseMigrationClient dms, DmsSimulator simulator, DmsTestSession session) {
        session.scenarioRunner()
                .run(scenario("orders running")
                        .replication("orders", r -> r.table("public.orders", 10_000))
                        .start("orders")
                        .await("orders", a -> a.status("running"))
                        .build())
                .assertPassed();
        String orders = session.replication("orders").orElseThrow().replicationConfigArn();
        simulator
                .faults()
                .arm(DmsFault.error("AccessDenied")
                        .on("StopReplication")
                        .resource("orders") // identifier, ARN or glob; omit for every resource
                        .message("User: arn:aws:iam::123456789012:role/cutover is not authorized to perform:"
                                + " dms:StopReplication")
                        .build());

        AccessDeniedException denied = catchThrowableOfType(
                AccessDeniedException.class, () -> dms.stopReplication(r -> r.replicationConfigArn(orders)));

        assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedFault");
        assertThat(denied.statusCode()).isEqualTo(400);
        assertThatReplication(session, "orders").isRunning();
        assertThat(simulator.journal()).inAccount(session.account()).hasCalls("StopReplication", 1);
    }
}
