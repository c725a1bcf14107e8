package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.trafficlistener.WiremockNetworkTrafficListener;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A network-traffic listener of the user's still sees every byte: the server drops WireMock's traffic-reporting
 * connector only while the listener is WireMock's do-nothing default.
 */
class NetworkTrafficListenerTest {

    private final RecordingListener listener = new RecordingListener();

    @AutoClose
    private final DmsServer server = DmsServer.builder()
            .wireMockOptions(options -> options.networkTrafficListener(listener))
            .start();

    private final HttpClient http = HttpTestClients.rawClient();

    @Test
    void should_report_a_dms_calls_request_to_the_users_listener() {
        HttpResponse<String> answer =
                HttpTestClients.rawCall(http, server.baseUri(), "AmazonDMSv20160101.DescribeEndpoints", "{}");

        assertThat(answer.statusCode()).isEqualTo(200);
        // Only the request: the answer is reported after it was written, so the client may have it first.
        assertThat(listener.incoming()).contains("AmazonDMSv20160101.DescribeEndpoints");
    }

    /** Keeps what it is told; the server's selector and worker threads call it. */
    private static final class RecordingListener implements WiremockNetworkTrafficListener {

        private final StringBuffer incoming = new StringBuffer();

        @Override
        public void opened(Socket socket) {}

        @Override
        public void incoming(Socket socket, ByteBuffer bytes) {
            incoming.append(StandardCharsets.UTF_8.decode(bytes.duplicate()));
        }

        @Override
        public void outgoing(Socket socket, ByteBuffer bytes) {}

        @Override
        public void closed(Socket socket) {}

        String incoming() {
            return incoming.toString();
        }
    }
}
