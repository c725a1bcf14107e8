package io.dmstestkit.wiremock.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.common.Limit;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.dmstestkit.simulator.DmsHttpResponse;
import io.dmstestkit.wiremock.DmsWireMockExtension;
import io.dmstestkit.wiremock.internal.SimulatorStub;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** WireMock's journal store in a DmsServer: WireMock's events and fast-path entries in one order, counted. */
class FastPathJournalTest {

    @Test
    void should_keep_wiremocks_events_and_fast_path_entries_newest_first() {
        FastPathJournal journal = new FastPathJournal(null, Limit.UNLIMITED);
        journal.add(wireMockEvent("/first"));
        journal.record(pending("DescribeEndpoints"));
        journal.add(wireMockEvent("/third"));

        assertThat(journal.getAllKeys().count()).isEqualTo(3);
        List<ServeEvent> events = journal.getAll().toList();
        assertThat(events).extracting(event -> event.getRequest().getUrl()).containsExactly("/third", "/", "/first");
        assertThat(events.get(1).getRequest().getHeader("X-Amz-Target"))
                .isEqualTo("AmazonDMSv20160101.DescribeEndpoints");
        assertThat(events.get(1).getResponse().getBodyAsString()).isEqualTo("{}");
        assertThat(journal.get(events.get(1).getId())).containsSame(events.get(1));
    }

    @Test
    void should_trim_fast_path_entries_beyond_the_bound_and_count_without_walking() {
        FastPathJournal journal = new FastPathJournal(2, Limit.UNLIMITED);
        journal.record(pending("DescribeEndpoints"));
        journal.record(pending("DescribeReplications"));
        journal.record(pending("DescribeReplicationConfigs"));

        assertThat(journal.getAllKeys().count()).isEqualTo(2);
        assertThat(journal.getAll().map(event -> event.getRequest().getHeader("X-Amz-Target")))
                .containsExactly(
                        "AmazonDMSv20160101.DescribeReplicationConfigs", "AmazonDMSv20160101.DescribeReplications");
    }

    @Test
    void should_forget_removed_and_cleared_entries() {
        FastPathJournal journal = new FastPathJournal(null, Limit.UNLIMITED);
        ServeEvent kept = wireMockEvent("/kept");
        ServeEvent removed = wireMockEvent("/removed");
        journal.add(kept);
        journal.add(removed);
        journal.remove(removed.getId());
        assertThat(journal.getAll()).containsExactly(kept);

        journal.clear();
        journal.removeLast();
        assertThat(journal.getAllKeys().count()).isZero();
        assertThat(journal.getAll()).isEmpty();
        journal.put(kept.getId(), kept);
        assertThat(journal.getAll())
                .as("a completed event removed meanwhile stays removed")
                .isEmpty();
    }

    private static ServeEvent wireMockEvent(String url) {
        return ServeEvent.of(ImmutableRequest.create()
                .withAbsoluteUrl("http://127.0.0.1:8080" + url)
                .withMethod(RequestMethod.GET)
                .build());
    }

    private static FastPathJournal.Pending pending(String operation) {
        return new FastPathJournal.Pending(
                FastPathJournal.newId(),
                System.currentTimeMillis(),
                "http://127.0.0.1:8080/",
                "127.0.0.1",
                "HTTP/1.1",
                Map.of("X-Amz-Target", List.of("AmazonDMSv20160101." + operation)),
                "{}".getBytes(StandardCharsets.UTF_8),
                new DmsHttpResponse(200, Map.of("Content-Type", "application/x-amz-json-1.1"), "{}".getBytes()),
                SimulatorStub.create(SimulatorStub.TRANSFORMER_NAME, DmsWireMockExtension.STUB_PRIORITY));
    }
}
