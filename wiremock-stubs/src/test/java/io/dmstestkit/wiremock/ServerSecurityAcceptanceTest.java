package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * The server as a web page in the developer's browser, or a careless client, meets it: no CORS grant,
 * no admin request from another origin or through a foreign host name, AWS-shaped answers to whatever
 * is no DMS call.
 */
class ServerSecurityAcceptanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOCAL = "Host: 127.0.0.1\r\n";

    private final DmsServer server = DmsServer.builder().start();

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void should_grant_no_cors_access_to_the_admin_api_by_default() throws IOException {
        RawHttp.Answer preflight = RawHttp.send(
                server.port(),
                "OPTIONS",
                "/__admin/dms/reset",
                LOCAL + "Origin: http://evil.example\r\nAccess-Control-Request-Method: POST\r\n",
                "");
        RawHttp.Answer read = RawHttp.send(
                server.port(), "GET", "/__admin/dms/journal", LOCAL + "Origin: http://evil.example\r\n", "");

        assertThat(preflight.hasHeader("Access-Control-Allow-Origin")).isFalse();
        assertThat(read.hasHeader("Access-Control-Allow-Origin")).isFalse();
        assertThat(read.hasHeader("Access-Control-Allow-Credentials")).isFalse();
    }

    @Test
    void should_refuse_a_cross_origin_text_plain_post_to_the_admin_api() throws IOException {
        RawHttp.Answer reset = RawHttp.send(
                server.port(),
                "POST",
                "/__admin/dms/reset",
                LOCAL + "Origin: http://evil.example\r\nContent-Type: text/plain\r\n",
                "{}");

        assertThat(reset.status()).isEqualTo(403);
        assertThat(JSON.readTree(reset.body()).path("error").asText()).contains("--allow-origin");
    }

    @Test
    void should_refuse_a_foreign_host_name_and_answer_loopback_names() throws IOException {
        RawHttp.Answer rebound =
                RawHttp.send(server.port(), "GET", "/__admin/dms/clock", "Host: attacker.example:8080\r\n", "");
        RawHttp.Answer dmsCall = RawHttp.send(
                server.port(),
                "POST",
                "/",
                "Host: attacker.example\r\nX-Amz-Target: AmazonDMSv20160101.DescribeEndpoints\r\n",
                "{}");
        RawHttp.Answer local = RawHttp.send(
                server.port(), "GET", "/__admin/dms/clock", "Host: localhost:" + server.port() + "\r\n", "");
        RawHttp.Answer ipv6 = RawHttp.send(server.port(), "GET", "/__admin/dms/clock", "Host: [::1]\r\n", "");

        assertThat(rebound.status()).isEqualTo(403);
        assertThat(dmsCall.status()).isEqualTo(403);
        assertThat(JSON.readTree(dmsCall.body()).path("__type").asText()).isEqualTo("AccessDeniedException");
        assertThat(local.status()).isEqualTo(200);
        assertThat(ipv6.status()).isEqualTo(200);
    }

    @Test
    void should_grant_cors_to_an_origin_allowed_explicitly_and_answer_an_allowed_host() throws IOException {
        try (DmsServer open = DmsServer.builder()
                .allowOrigin("http://localhost:3000")
                .allowHost("dms.test")
                .start()) {
            RawHttp.Answer read = RawHttp.send(
                    open.port(),
                    "GET",
                    "/__admin/dms/clock",
                    "Host: dms.test\r\nOrigin: http://localhost:3000\r\n",
                    "");

            assertThat(read.status()).isEqualTo(200);
            assertThat(read.headers()).contains("access-control-allow-origin: http://localhost:3000");
            assertThat(read.hasHeader("Access-Control-Allow-Credentials")).isFalse();
        }
    }

    @Test
    void should_answer_requests_that_are_no_dms_call_aws_shaped() throws IOException {
        RawHttp.Answer noTarget = RawHttp.send(server.port(), "POST", "/", LOCAL, "{}");
        RawHttp.Answer otherService =
                RawHttp.send(server.port(), "POST", "/", LOCAL + "X-Amz-Target: Other.Foo\r\n", "{}");
        RawHttp.Answer get = RawHttp.send(server.port(), "GET", "/", LOCAL, "");
        RawHttp.Answer put = RawHttp.send(server.port(), "PUT", "/", LOCAL, "{}");
        RawHttp.Answer textPlain = RawHttp.send(
                server.port(),
                "POST",
                "/",
                LOCAL + "X-Amz-Target: AmazonDMSv20160101.DescribeEndpoints\r\nContent-Type: text/plain\r\n",
                "{}");

        for (RawHttp.Answer answer : new RawHttp.Answer[] {noTarget, otherService, get, put, textPlain}) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            JsonNode error = JSON.readTree(answer.body());
            assertThat(error.path("__type").asText()).isEqualTo("UnknownOperationException");
            assertThat(error.path("message").asText()).isNotBlank();
            assertThat(answer.headers()).contains("content-type: application/x-amz-json-1.1");
        }
        assertThat(get.body()).contains("GET /");
        assertThat(textPlain.body()).contains("text/plain");
    }

    @Test
    void should_answer_without_wiremocks_matched_stub_headers() {
        DatabaseMigrationClient dms = HttpTestClients.syncClient(server.baseUri());

        SdkResponse answer = dms.describeEndpoints();

        assertThat(answer.sdkHttpResponse().headers().keySet())
                .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith("matched-stub"));
    }

    @Test
    void should_page_the_journal_and_keep_passwords_masked() throws IOException {
        DatabaseMigrationClient dms = HttpTestClients.syncClient(server.baseUri());
        for (int i = 0; i < 3; i++) {
            int n = i;
            dms.createEndpoint(r -> r.endpointIdentifier("e" + n)
                    .endpointType("source")
                    .engineName("postgres")
                    .password("hunter2"));
        }

        JsonNode first = JSON.readTree(RawHttp.send(server.port(), "GET", "/__admin/dms/journal?limit=2", LOCAL, "")
                .body());
        JsonNode second = JSON.readTree(RawHttp.send(
                        server.port(), "GET", "/__admin/dms/journal?limit=2&after=" + first.path("next"), LOCAL, "")
                .body());

        assertThat(first.path("entries")).hasSize(2);
        assertThat(second.path("entries")).hasSize(1);
        assertThat(second.path("next").isNull()).isTrue();
        assertThat(first.path("dropped").asLong()).isZero();
        assertThat(first.toString() + second).doesNotContain("hunter2").contains("***");
        assertThat(server.adminClient().journal("CreateEndpoint")).hasSize(3);
    }

    @Test
    void should_warn_that_a_non_loopback_bind_address_opens_the_admin_api_to_the_network() {
        assertThat(ServerCommand.exposureWarning("0.0.0.0"))
                .hasValueSatisfying(
                        warning -> assertThat(warning).contains("0.0.0.0").contains("admin API"));
        assertThat(ServerCommand.exposureWarning("127.0.0.1")).isEmpty();
        assertThat(ServerCommand.exposureWarning("localhost")).isEmpty();
    }
}
