package io.dmstestkit.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.global.GlobalSettings;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/**
 * DMS calls answered in front of WireMock when nothing but the simulator could answer them: the same
 * answers as through WireMock, and WireMock's path again as soon as a stub, a transport fault or a global
 * delay could change the answer, or WireMock's journal must see the call.
 */
class DmsFastPathTest {

    private static final String DESCRIBE = "AmazonDMSv20160101.DescribeEndpoints";
    /**
     * Headers that differ between any two answers, and the framing: WireMock flushes and so sends the body
     * chunked, the fast path sends its length (as AWS does); both carry the same bytes.
     */
    private static final Set<String> VARYING =
            Set.of("date", "x-amzn-requestid", "content-length", "transfer-encoding");

    @AutoClose
    private final DmsServer fast = DmsServer.builder()
            .wireMockOptions(WireMockConfiguration::disableRequestJournal)
            .start();

    @AutoClose
    private final DmsServer throughWireMock = DmsServer.builder().start();

    @AutoClose
    private final DatabaseMigrationClient client = HttpTestClients.syncClient(fast.baseUri());

    private final HttpClient http = HttpTestClients.rawClient();

    @Test
    void should_answer_dms_calls_as_wiremock_does_without_going_through_it() {
        for (String[] call : new String[][] {
            {DESCRIBE, "{}"},
            {
                "AmazonDMSv20160101.DescribeReplications",
                "{\"Filters\":[{\"Name\":\"replication-config-arn\",\"Values\":[\"x\"]}]}"
            },
            {"AmazonDMSv20160101.NoSuchOperation", "{}"},
            {"AmazonDMSv20160101.DescribeEndpoints", "not json"}
        }) {
            HttpResponse<String> direct = HttpTestClients.rawCall(http, fast.baseUri(), call[0], call[1]);
            HttpResponse<String> viaWireMock =
                    HttpTestClients.rawCall(http, throughWireMock.baseUri(), call[0], call[1]);

            assertThat(direct.statusCode()).as(call[0]).isEqualTo(viaWireMock.statusCode());
            assertThat(stableHeaders(direct)).as(call[0]).isEqualTo(stableHeaders(viaWireMock));
            assertThat(direct.body()).as(call[0]).isEqualTo(viaWireMock.body());
        }
        assertThat(fast.fastPathAnswers()).isEqualTo(4);
        assertThat(throughWireMock.fastPathAnswers())
                .as("WireMock's journal is on: it must see every call")
                .isZero();
        assertThat(throughWireMock.wireMock().getAllServeEvents()).hasSize(4);
    }

    @Test
    void should_leave_calls_to_wiremock_while_a_stub_of_the_users_exists() {
        StubMapping stub = fast.wireMock()
                .stubFor(post(urlPathEqualTo("/"))
                        .atPriority(1)
                        .withHeader("X-Amz-Target", equalTo(DESCRIBE))
                        .willReturn(aResponse().withStatus(200).withBody("{\"Endpoints\":[],\"Marker\":\"stub\"}")));

        assertThat(client.describeEndpoints(r -> {}).marker()).isEqualTo("stub");
        assertThat(client.describeReplicationInstances(r -> {}).replicationInstances())
                .as("other calls still reach the simulator, through WireMock")
                .isEmpty();
        assertThat(fast.fastPathAnswers()).isZero();

        fast.wireMock().removeStub(stub);

        assertThat(client.describeEndpoints(r -> {}).marker()).isNull();
        assertThat(fast.fastPathAnswers()).isEqualTo(1);
    }

    @Test
    void should_leave_calls_to_wiremock_while_a_transport_fault_is_armed() {
        DmsTransportFaults.on(fast)
                .arm(TransportFault.connectionReset().on("DescribeEndpoints").times(1));

        assertThatThrownBy(() -> client.describeEndpoints(r -> {})).isInstanceOf(SdkClientException.class);
        assertThat(fast.fastPathAnswers()).isZero();
    }

    @Test
    void should_leave_calls_to_wiremock_while_a_global_delay_is_set_or_the_dms_mapping_is_gone() {
        GlobalSettings delayed = GlobalSettings.builder().fixedDelay(1).build();
        fast.wireMock().updateGlobalSettings(delayed);
        client.describeEndpoints(r -> {});
        assertThat(fast.fastPathAnswers()).isZero();

        fast.wireMock().updateGlobalSettings(GlobalSettings.defaults());
        fast.wireMock().resetMappings();
        // Only the DMS mapping answers DMS calls; without it WireMock answers 404.
        assertThatThrownBy(() -> client.describeEndpoints(r -> {})).isNotInstanceOf(ResourceNotFoundException.class);
        assertThat(fast.fastPathAnswers()).isZero();

        fast.wireMock().resetToDefaultMappings();
        client.describeEndpoints(r -> {});
        assertThat(fast.fastPathAnswers()).isEqualTo(1);
    }

    @Test
    void should_record_fast_path_calls_in_the_simulators_journal() throws IOException {
        client.describeEndpoints(r -> {});

        assertThat(fast.simulator().journal().count("DescribeEndpoints")).isEqualTo(1);
        assertThat(fast.fastPathAnswers()).isEqualTo(1);
    }

    private static Map<String, Object> stableHeaders(HttpResponse<String> response) {
        Map<String, Object> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!VARYING.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name.toLowerCase(java.util.Locale.ROOT), values);
            }
        });
        return headers;
    }
}
