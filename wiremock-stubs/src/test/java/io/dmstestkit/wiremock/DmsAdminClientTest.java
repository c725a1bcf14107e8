package io.dmstestkit.wiremock;

import static io.dmstestkit.simulator.CallPattern.dmsCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.FaultPlan;
import io.dmstestkit.simulator.JournalEntry;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.simulator.TableMappings;
import io.dmstestkit.simulator.TableSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.AccessDeniedException;
import software.amazon.awssdk.services.databasemigration.model.Replication;

/** {@link DmsAdminClient} against a real {@link DmsServer}, as the DSL drives a remote server. */
class DmsAdminClientTest {

    @AutoClose
    private final DmsServer server = DmsServer.builder().start();

    @AutoClose
    private final DatabaseMigrationClient client = HttpTestClients.syncClient(server.baseUri());

    private final DmsAdminClient admin = server.adminClient();

    @Test
    void should_arm_list_and_disarm_service_faults() {
        DmsFault fault = DmsFault.error("AccessDenied")
                .on("DescribeEndpoints", "StopReplication")
                .message("not you")
                .account(HttpTestClients.ACCOUNT)
                .resource("orders-*")
                .afterCalls(1)
                .times(2)
                .from(Instant.parse("2026-01-01T00:00:00Z"))
                .httpStatus(403)
                .build();

        String id = admin.arm(fault);

        assertThat(id).isEqualTo("fault-1");
        assertThat(admin.faults()).containsExactly(new FaultPlan.ArmedFaultStatus(id, fault, 0, 0));
        assertThat(server.simulator().faults().list())
                .extracting(FaultPlan.ArmedFaultStatus::fault)
                .containsExactly(fault);
        admin.disarm(id);
        assertThat(admin.faults()).isEmpty();
    }

    @Test
    void should_tell_the_next_planned_change_of_one_account_or_of_all() {
        assertThat(admin.nextChange()).isEmpty();

        client.createReplicationInstance(
                r -> r.replicationInstanceIdentifier("ri").replicationInstanceClass("dms.t3.small"));

        Optional<Instant> planned = server.simulator().nextChange(HttpTestClients.ACCOUNT, "us-east-1");
        assertThat(planned).isPresent();
        assertThat(admin.nextChange(HttpTestClients.ACCOUNT, "us-east-1")).isEqualTo(planned);
        assertThat(admin.nextChange()).isEqualTo(planned);
        assertThat(admin.nextChange("999999999999", "us-east-1")).isEmpty();
        admin.advanceTo(planned.get());
        assertThat(admin.now()).isEqualTo(planned.get());
    }

    @Test
    void should_carry_probabilistic_faults_with_their_seed() {
        DmsFault fault = DmsFault.error("Throttling")
                .probability(0.25, 99)
                .whileStatus("running")
                .resource("r")
                .build();

        admin.arm(fault);

        assertThat(admin.faults().get(0).fault()).isEqualTo(fault);
    }

    @Test
    void should_read_the_journal_of_the_calls_a_fault_answered() {
        admin.arm(DmsFault.error("AccessDenied")
                .on("DescribeEndpoints")
                .message("no way")
                .times(1)
                .build());

        assertThatThrownBy(() -> client.describeEndpoints(r -> {})).isInstanceOf(AccessDeniedException.class);
        client.describeEndpoints(r -> r.maxRecords(20));

        List<JournalEntry> journal = admin.journal("DescribeEndpoints");
        assertThat(journal).extracting(JournalEntry::status).containsExactly(400, 200);
        assertThat(journal.get(0).faultId()).hasValue("fault-1");
        assertThat(journal.get(0).errorCode()).hasValue("AccessDeniedFault");
        assertThat(journal.get(1).request()).isEqualTo("{\"MaxRecords\":20}");
        assertThat(journal).isEqualTo(server.simulator().journal().entries());
        assertThat(admin.find(dmsCall("DescribeEndpoints").withFault("fault-1")))
                .hasSize(1);
        assertThat(admin.faults().get(0).firedCalls()).isEqualTo(1);
    }

    @Test
    void should_move_the_servers_clock() {
        assertThat(admin.now()).isEqualTo(SimulatedClock.DEFAULT_START);
        assertThat(admin.isManualClock()).isTrue();

        assertThat(admin.advance(Duration.ofMinutes(30))).isEqualTo(SimulatedClock.DEFAULT_START.plusSeconds(1_800));
        assertThat(admin.advanceTo(Instant.parse("2026-01-02T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
        assertThat(server.simulator().clock().now()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
    }

    @Test
    void should_say_what_the_server_refused() {
        assertThatThrownBy(() -> admin.disarm("fault-7")).isInstanceOfSatisfying(DmsAdminException.class, e -> {
            assertThat(e.status()).hasValue(404);
            assertThat(e.serverMessage()).isEqualTo("no armed fault has the id 'fault-7'; armed: none");
            assertThat(e)
                    .hasMessageContaining("DELETE " + server.baseUri() + "/__admin/dms/faults/fault-7 answered 404");
        });
        assertThatThrownBy(() -> admin.advanceTo(Instant.parse("2025-01-01T00:00:00Z")))
                .isInstanceOfSatisfying(
                        DmsAdminException.class,
                        e -> assertThat(e.serverMessage()).contains("only moves forward"));
    }

    @Test
    void should_arm_and_disarm_transport_faults() {
        TransportFault fault = TransportFault.connectionReset()
                .on("DescribeEndpoints")
                .times(1)
                .build();

        String id = admin.armTransportFault(fault);

        assertThat(admin.transportFaults()).containsExactly(new TransportFaultStatus(id, fault, Optional.of(1)));
        assertThatThrownBy(() -> client.describeEndpoints(r -> {})).isInstanceOf(SdkClientException.class);
        assertThat(admin.transportFaults().get(0).remaining()).hasValue(0);
        admin.disarmTransportFault(id);
        assertThatThrownBy(() -> admin.disarmTransportFault(id))
                .isInstanceOfSatisfying(
                        DmsAdminException.class, e -> assertThat(e.status()).hasValue(404));
        admin.armTransportFault(fault);
        admin.disarmAllTransportFaults();
        assertThat(admin.transportFaults()).isEmpty();
    }

    @Test
    void should_dump_resources_and_reset_them() {
        client.createEndpoint(
                r -> r.endpointIdentifier("kept").endpointType("target").engineName("mysql"));
        admin.arm(DmsFault.error("Throttling").on("StopReplication").build());

        JsonNode resources = admin.resources();
        assertThat(resources.path("accounts").toString()).contains("\"EndpointIdentifier\":\"kept\"");

        admin.reset();
        assertThat(admin.faults()).isEmpty();
        assertThat(admin.journal()).isEmpty();
        assertThat(client.describeEndpoints(r -> {}).endpoints()).isEmpty();
        admin.disarmAll();
    }

    @Test
    void should_declare_tables_plan_an_incident_and_read_cdc_latency_as_a_local_simulator_would() {
        admin.declareTables(HttpTestClients.ACCOUNT, "us-east-1", List.of(TableSpec.parse("public.orders", 100_000)));
        String arn = replication("orders");
        assertThat(admin.cdcLatency(HttpTestClients.ACCOUNT, "us-east-1", arn)).isEmpty();

        admin.planIncident(
                HttpTestClients.ACCOUNT,
                "us-east-1",
                "orders",
                DmsIncident.failAtPercent(50, DmsIncident.Severity.FATAL_ERROR, "ORA-01555: snapshot too old"));
        client.startReplication(r -> r.replicationConfigArn(arn).startReplicationType("start-replication"));
        Replication failed = jumpUntil(arn, "failed");

        assertThat(failed.stopReason()).isEqualTo("Stop Reason FATAL_ERROR");
        assertThat(failed.failureMessages()).anyMatch(message -> message.contains("ORA-01555"));
        assertThat(admin.cdcLatency(HttpTestClients.ACCOUNT, "us-east-1", "orders"))
                .isEmpty();
    }

    /** Jumps the virtual clock from change to change until the replication has the status. */
    private Replication jumpUntil(String arn, String status) {
        for (int jumps = 0; jumps < 200; jumps++) {
            Replication replication = client.describeReplications(
                            r -> r.filters(f -> f.name("replication-config-arn").values(arn)))
                    .replications()
                    .get(0);
            if (status.equals(replication.status())) {
                return replication;
            }
            admin.advanceTo(server.simulator().nextChange().orElseThrow());
        }
        throw new AssertionError("status " + status + " not reached within 200 changes");
    }

    @Test
    void should_read_a_latency_spike_planned_through_the_client() {
        admin.declareTables(HttpTestClients.ACCOUNT, "us-east-1", List.of(TableSpec.parse("public.orders", 10_000)));
        String arn = replication("orders");
        client.startReplication(r -> r.replicationConfigArn(arn).startReplicationType("start-replication"));
        server.simulator().clock().advance(Duration.ofHours(1));

        admin.planIncident(
                HttpTestClients.ACCOUNT,
                "us-east-1",
                arn,
                DmsIncident.latencySpike(admin.now(), Duration.ofMinutes(10), Duration.ofSeconds(90)));
        admin.advance(Duration.ofMinutes(1));

        assertThat(admin.cdcLatency(HttpTestClients.ACCOUNT, "us-east-1", arn))
                .hasValueSatisfying(latency -> assertThat(latency).isGreaterThanOrEqualTo(Duration.ofSeconds(90)));
        assertThat(admin.cdcLatency(HttpTestClients.ACCOUNT, "us-east-1", arn))
                .isEqualTo(server.simulator().cdcLatency(HttpTestClients.ACCOUNT, "us-east-1", arn));
    }

    @Test
    void should_use_the_servers_default_account_and_region_when_given_none() {
        admin.declareTables(null, null, List.of(TableSpec.parse("public.orders", 10)));

        assertThatThrownBy(() -> admin.planIncident(null, null, "orders", DmsIncident.provisioningFailure("x")))
                .isInstanceOfSatisfying(DmsAdminException.class, e -> {
                    assertThat(e.status()).hasValue(400);
                    assertThat(e.serverMessage())
                            .startsWith(
                                    "no replication config, replication task or data migration named 'orders' in account"
                                            + " 000000000000 (us-east-1)");
                });
    }

    @Test
    void should_give_up_after_the_timeout_it_was_given() throws IOException {
        // A listening socket that never accepts: the connection is made, no answer ever comes.
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            DmsAdminClient impatient = DmsAdminClient.of(URI.create("http://127.0.0.1:" + silent.getLocalPort()))
                    .withTimeout(Duration.ofMillis(300));

            assertThatThrownBy(impatient::now)
                    .isInstanceOf(DmsAdminException.class)
                    .hasRootCauseInstanceOf(java.net.http.HttpTimeoutException.class);
        }
    }

    private String replication(String identifier) {
        String source = client.createEndpoint(r -> r.endpointIdentifier(identifier + "-source")
                        .endpointType("source")
                        .engineName("postgres"))
                .endpoint()
                .endpointArn();
        String target = client.createEndpoint(r -> r.endpointIdentifier(identifier + "-target")
                        .endpointType("target")
                        .engineName("postgres"))
                .endpoint()
                .endpointArn();
        return client.createReplicationConfig(r -> r.replicationConfigIdentifier(identifier)
                        .sourceEndpointArn(source)
                        .targetEndpointArn(target)
                        .replicationType("full-load-and-cdc")
                        .computeConfig(c -> c.maxCapacityUnits(8))
                        .tableMappings(TableMappings.everything()))
                .replicationConfig()
                .replicationConfigArn();
    }

    @Test
    void should_explain_a_server_without_the_dms_admin_api() {
        WireMockServer plain =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        plain.start();
        try {
            DmsAdminClient wrong = DmsAdminClient.of(URI.create(plain.baseUrl()));

            assertThatThrownBy(wrong::now).isInstanceOfSatisfying(DmsAdminException.class, e -> {
                assertThat(e.status()).hasValue(404);
                assertThat(e.serverMessage()).startsWith("not a DMS admin API answer (is this a dms-testkit server");
            });
        } finally {
            plain.stop();
        }
    }

    @Test
    void should_say_when_the_server_cannot_be_reached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        DmsAdminClient unreachable = DmsAdminClient.of(URI.create("http://127.0.0.1:" + closedPort));

        assertThatThrownBy(unreachable::reset).isInstanceOfSatisfying(DmsAdminException.class, e -> {
            assertThat(e.status()).isEmpty();
            assertThat(e)
                    .hasMessageStartingWith(
                            "cannot reach the dms-testkit admin API: POST http://127.0.0.1:" + closedPort);
        });
    }
}
