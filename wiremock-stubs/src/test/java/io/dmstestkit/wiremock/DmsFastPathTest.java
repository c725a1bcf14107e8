package io.dmstestkit.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.global.GlobalSettings;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/**
 * DMS calls answered in front of WireMock when nothing but the simulator could answer them: the same
 * answers as through WireMock, the same entries in WireMock's request journal, and WireMock's path again as
 * soon as a stub, a transport fault, a global delay or a request listener could change or see the answer.
 */
class DmsFastPathTest {

    private static final String DESCRIBE = "AmazonDMSv20160101.DescribeEndpoints";
    /**
     * Headers that differ between any two answers, and the framing: WireMock flushes and so sends the body
     * chunked, the fast path sends its length (as AWS does); both carry the same bytes.
     */
    private static final Set<String> VARYING =
            Set.of("date", "x-amzn-requestid", "content-length", "transfer-encoding");

    /** As users get it: WireMock's journal on. */
    @AutoClose
    private final DmsServer fast = DmsServer.builder().start();

    /** As the standalone server runs: WireMock's journal off. */
    @AutoClose
    private final DmsServer withoutJournal = DmsServer.builder()
            .wireMockOptions(WireMockConfiguration::disableRequestJournal)
            .start();

    /** A stub of the user's (on another path) sends every call through WireMock. */
    @AutoClose
    private final DmsServer throughWireMock = withHealthStub(DmsServer.builder().start());

    @AutoClose
    private final DatabaseMigrationClient client = HttpTestClients.syncClient(fast.baseUri());

    private final HttpClient http = HttpTestClients.rawClient();

    private static DmsServer withHealthStub(DmsServer server) {
        server.wireMock().stubFor(get("/health").willReturn(ok()));
        return server;
    }

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
            HttpResponse<String> viaWireMock =
                    HttpTestClients.rawCall(http, throughWireMock.baseUri(), call[0], call[1]);
            for (DmsServer server : List.of(fast, withoutJournal)) {
                HttpResponse<String> direct = HttpTestClients.rawCall(http, server.baseUri(), call[0], call[1]);

                assertThat(direct.statusCode()).as(call[0]).isEqualTo(viaWireMock.statusCode());
                assertThat(stableHeaders(direct)).as(call[0]).isEqualTo(stableHeaders(viaWireMock));
                assertThat(direct.body()).as(call[0]).isEqualTo(viaWireMock.body());
            }
        }
        assertThat(fast.fastPathAnswers()).isEqualTo(4);
        assertThat(withoutJournal.fastPathAnswers()).isEqualTo(4);
        assertThat(throughWireMock.fastPathAnswers()).isZero();
    }

    @Test
    void should_gzip_answers_for_clients_that_accept_gzip_as_wiremock_does() throws Exception {
        String body = "{\"Filters\":[{\"Name\":\"endpoint-type\",\"Values\":[\"source\"]}]}";
        HttpResponse<byte[]> direct = gzipCall(fast, body);
        HttpResponse<byte[]> viaWireMock = gzipCall(throughWireMock, body);

        assertThat(direct.headers().firstValue("Content-Encoding"))
                .isEqualTo(viaWireMock.headers().firstValue("Content-Encoding"));
        assertThat(gunzip(direct)).isEqualTo(gunzip(viaWireMock));
        assertThat(fast.fastPathAnswers())
                .as("answered behind WireMock's gzip handler")
                .isEqualTo(1);
    }

    private HttpResponse<byte[]> gzipCall(DmsServer server, String body) throws Exception {
        return http.send(
                java.net.http.HttpRequest.newBuilder(server.baseUri().resolve("/"))
                        .header("X-Amz-Target", DESCRIBE)
                        .header("Accept-Encoding", "gzip")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(HttpResponse<byte[]> response) throws IOException {
        byte[] bytes = response.body();
        if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            bytes = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void should_record_fast_path_calls_in_wiremocks_journal_as_wiremock_does() {
        String body = "{\"Filters\":[{\"Name\":\"endpoint-type\",\"Values\":[\"source\"]}]}";
        long before = System.currentTimeMillis();
        HttpTestClients.rawCall(http, fast.baseUri(), DESCRIBE, body);
        HttpTestClients.rawCall(http, throughWireMock.baseUri(), DESCRIBE, body);
        assertThat(fast.fastPathAnswers()).isEqualTo(1);

        ServeEvent direct = only(fast.wireMock().getAllServeEvents());
        ServeEvent viaWireMock = only(throughWireMock.wireMock().getAllServeEvents());

        assertThat(direct.getWasMatched()).isTrue();
        assertThat(direct.getStubMapping().getId())
                .isEqualTo(viaWireMock.getStubMapping().getId());
        assertThat(direct.getRequest().getMethod())
                .isEqualTo(viaWireMock.getRequest().getMethod());
        assertThat(direct.getRequest().getUrl())
                .isEqualTo(viaWireMock.getRequest().getUrl());
        assertThat(direct.getRequest().getAbsoluteUrl()).isEqualTo(fast.baseUri() + "/");
        assertThat(direct.getRequest().getClientIp())
                .isEqualTo(viaWireMock.getRequest().getClientIp());
        assertThat(direct.getRequest().getHeader("X-Amz-Target")).isEqualTo(DESCRIBE);
        assertThat(direct.getRequest().getHeaders().keys())
                .containsExactlyInAnyOrderElementsOf(
                        viaWireMock.getRequest().getHeaders().keys());
        assertThat(direct.getRequest().getBodyAsString()).isEqualTo(body);
        assertThat(direct.getRequest().getLoggedDate().getTime()).isBetween(before, System.currentTimeMillis());
        assertThat(direct.getResponse().getStatus())
                .isEqualTo(viaWireMock.getResponse().getStatus());
        assertThat(direct.getResponse().getBodyAsString())
                .isEqualTo(viaWireMock.getResponse().getBodyAsString());
        assertThat(direct.getResponseDefinition().getStatus())
                .isEqualTo(viaWireMock.getResponseDefinition().getStatus());
        assertThat(only(fast.wireMock().getAllServeEvents())).as("built once").isSameAs(direct);
    }

    @Test
    void should_keep_wiremocks_verification_working_for_fast_path_calls() {
        client.describeEndpoints(r -> {});
        client.describeReplications(r -> {});
        client.describeEndpoints(r -> {});

        RequestPatternBuilder describeEndpoints =
                postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(DESCRIBE));
        fast.wireMock().verify(2, describeEndpoints);
        assertThat(fast.wireMock().findAll(postRequestedFor(urlEqualTo("/")))).hasSize(3);
        assertThat(fast.fastPathAnswers()).isEqualTo(3);
        // Over the admin API as well, as a remote WireMock client reads it.
        assertThat(HttpTestClients.adminCall(http, fast.baseUri(), "GET", "/__admin/requests", (String) null)
                        .body())
                .contains(DESCRIBE, "AmazonDMSv20160101.DescribeReplications");

        fast.wireMock().removeServeEventsMatching(describeEndpoints.build());
        assertThat(fast.wireMock().getAllServeEvents()).hasSize(1);
        fast.wireMock().resetRequests();
        assertThat(fast.wireMock().getAllServeEvents()).isEmpty();
        client.describeEndpoints(r -> {});
        fast.wireMock().verify(1, describeEndpoints);
    }

    @Test
    void should_keep_a_bounded_journal_bounded() {
        try (DmsServer bounded = DmsServer.builder()
                        .wireMockOptions(options -> options.maxRequestJournalEntries(2))
                        .start();
                DatabaseMigrationClient dms = HttpTestClients.syncClient(bounded.baseUri())) {
            dms.describeReplications(r -> {});
            dms.describeEndpoints(r -> {});
            dms.describeEndpoints(r -> {});
            HttpTestClients.rawCall(http, bounded.baseUri(), "/not-dms", DESCRIBE, "{}");

            assertThat(bounded.fastPathAnswers()).isEqualTo(3);
            assertThat(bounded.wireMock().getAllServeEvents())
                    .extracting(event -> event.getRequest().getUrl())
                    .as("newest first: the call through WireMock, then the last fast-path one")
                    .containsExactly("/not-dms", "/");
        }
    }

    @Test
    void should_leave_calls_to_wiremock_once_a_request_listener_is_added() {
        List<String> heard = new CopyOnWriteArrayList<>();
        fast.wireMock()
                .addMockServiceRequestListener((request, response) -> heard.add(request.getHeader("X-Amz-Target")));

        client.describeEndpoints(r -> {});

        assertThat(heard).containsExactly(DESCRIBE);
        assertThat(fast.fastPathAnswers()).isZero();
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

    private static ServeEvent only(List<ServeEvent> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
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
