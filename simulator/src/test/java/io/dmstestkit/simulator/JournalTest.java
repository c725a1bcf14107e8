package io.dmstestkit.simulator;

import static io.dmstestkit.simulator.CallCount.exactly;
import static io.dmstestkit.simulator.CallPattern.dmsCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

class JournalTest {

    private final DmsSimulator simulator = DmsSimulator.create();
    private final DatabaseMigrationClient dms = TestClients.inProcess(simulator);

    @Test
    void should_record_every_call_with_caller_time_and_answer() {
        dms.describeEndpoints();
        simulator.handle(DmsHttpRequest.of("AmazonDMSv20160101.NoSuchOperation", "{}"));

        assertThat(simulator.journal().entries())
                .satisfiesExactly(
                        first -> {
                            assertThat(first.operation()).isEqualTo("DescribeEndpoints");
                            assertThat(first.account()).isEqualTo("123456789012");
                            assertThat(first.region()).isEqualTo("us-east-1");
                            assertThat(first.status()).isEqualTo(200);
                            assertThat(first.virtualTime()).isEqualTo(SimulatedClock.DEFAULT_START);
                        },
                        second -> {
                            assertThat(second.operation()).isEqualTo("AmazonDMSv20160101.NoSuchOperation");
                            assertThat(second.errorCode()).contains("UnknownOperationException");
                        });
    }

    @Test
    void should_list_the_closest_calls_when_a_verification_fails() {
        dms.describeEndpoints();
        dms.describeConnections();

        assertThatThrownBy(() -> simulator.verify(exactly(1), dmsCall("DeleteEndpoint")))
                .isInstanceOf(VerificationError.class)
                .hasMessageContaining("Expected exactly 1 call(s) of DeleteEndpoint, but the simulator answered 0.")
                .hasMessageContaining("closest calls seen:")
                .hasMessageContaining("DescribeEndpoints");
    }

    @Test
    void should_say_when_no_call_reached_the_simulator() {
        assertThatThrownBy(() -> simulator.verify(exactly(1), dmsCall("StopReplication")))
                .hasMessageContaining("the journal is empty");
    }

    @Test
    void should_drop_the_oldest_entries_beyond_its_capacity() {
        DmsSimulator small = DmsSimulator.builder().journalCapacity(3).build();
        DatabaseMigrationClient client = TestClients.inProcess(small);
        for (int i = 0; i < 5; i++) {
            client.describeEndpoints();
        }

        assertThat(small.journal().entries()).extracting(JournalEntry::sequence).containsExactly(3L, 4L, 5L);
    }

    @Test
    void should_forget_everything_on_reset() {
        dms.describeEndpoints();
        simulator.faults().arm(DmsFault.error("AccessDenied").build());

        simulator.reset();

        assertThat(simulator.journal().entries()).isEmpty();
        assertThat(simulator.faults().list()).isEmpty();
    }

    @Test
    void should_stay_within_its_byte_bound_under_huge_bodies_and_count_what_it_dropped() {
        DmsSimulator bounded =
                DmsSimulator.builder().journalMaxBytes(8L * 1024 * 1024).build();
        String huge = "{\"Marker\":\"" + "m".repeat(10 * 1024 * 1024) + "\"}";
        for (int i = 0; i < 12; i++) {
            bounded.handle(DmsHttpRequest.of("AmazonDMSv20160101.DescribeEndpoints", huge));
        }

        Journal journal = bounded.journal();
        assertThat(journal.retainedBytes()).isLessThanOrEqualTo(journal.maxBytes());
        assertThat(journal.dropped()).isPositive();
        assertThat(journal.dropped() + journal.entries().size()).isEqualTo(12);
        assertThat(journal.entries().get(0).request())
                .hasSizeLessThan(journal.maxRequestChars() + 100)
                .endsWith("more characters not kept by the journal)");
    }

    @Test
    void should_page_through_its_entries_by_sequence_number() {
        for (int i = 0; i < 5; i++) {
            dms.describeEndpoints();
        }

        List<JournalEntry> first = simulator.journal().page(0, 2);
        List<JournalEntry> second = simulator.journal().page(first.get(1).sequence(), 2);

        assertThat(first).extracting(JournalEntry::sequence).containsExactly(1L, 2L);
        assertThat(second).extracting(JournalEntry::sequence).containsExactly(3L, 4L);
    }

    @Test
    void should_print_its_calls() {
        dms.describeEndpoints();
        dms.describeConnections();

        assertThat(simulator.journal().toString())
                .startsWith("Journal (2 calls")
                .contains("#1 ")
                .contains("DescribeEndpoints")
                .contains("#2 ")
                .contains("DescribeConnections");
    }
}
