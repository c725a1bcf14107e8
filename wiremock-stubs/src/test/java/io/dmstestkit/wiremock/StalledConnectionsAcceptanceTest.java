package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/** Slowloris: clients that send half a request and stall must not stop the server for everyone else. */
class StalledConnectionsAcceptanceTest {

    private static final int STALLED = 200;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang guard: the calls answer at once
    void should_answer_normal_calls_while_200_connections_stall_mid_request() throws IOException {
        List<Socket> stalled = new ArrayList<>();
        try (DmsServer server = DmsServer.builder().start()) {
            for (int i = 0; i < STALLED; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                stalled.add(socket);
                OutputStream out = socket.getOutputStream();
                // Half of them stop inside the request line, half inside the body.
                String half = i % 2 == 0
                        ? "POST / HT"
                        : "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: AmazonDMSv20160101.DescribeEndpoints"
                                + "\r\nContent-Length: 1000\r\n\r\n{\"Mar";
                out.write(half.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
            DatabaseMigrationClient dms = HttpTestClients.syncClient(server.baseUri());

            for (int i = 0; i < 5; i++) {
                assertThat(dms.describeEndpoints().sdkHttpResponse().statusCode())
                        .isEqualTo(200);
            }
            assertThat(server.adminClient().journal("DescribeEndpoints")).hasSize(5);
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }
}
