package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A sample of the protocol fuzz (the simulator's {@code ProtocolFuzzTest} sends 20,000 in-process) over
 * real HTTP: hostile bodies for every simulated operation get AWS-shaped 4xx answers, never a 5xx.
 */
class HttpFuzzSampleAcceptanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BODIES = List.of(
            "{\"Filters\":[null]}",
            "{\"Filters\":[{\"Name\":\"x\",\"Values\":[null]}]}",
            "{\"Marker\":\"" + "m".repeat(100_000) + "\"}",
            "{\"Tags\":[{\"Value\":\"v\"}]}",
            "{\"CdcStartTime\":1e20,\"MaxRecords\":1e400}",
            "[]",
            "{",
            "{\"MaxRecords\":\"twenty\",\"Unknown\":{\"a\":[1,2]}}");

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang guard only
    void should_answer_hostile_bodies_for_every_operation_aws_shaped_over_http() throws Exception {
        List<String> defects = new ArrayList<>();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (DmsServer server = DmsServer.builder().start()) {
            for (String operation : server.simulator().simulatedOperations()) {
                for (String body : BODIES) {
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(URI.create(server.baseUri() + "/"))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("X-Amz-Target", HttpTestClients.TARGET_PREFIX + operation)
                                    .header("Content-Type", "application/x-amz-json-1.1")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    String defect = defectOf(response);
                    if (defect != null) {
                        defects.add(operation + " " + body.substring(0, Math.min(body.length(), 80)) + " → "
                                + response.statusCode() + ": " + defect);
                    }
                }
            }
        }
        assertThat(defects).isEmpty();
    }

    private static String defectOf(HttpResponse<String> response) {
        if (response.statusCode() >= 500) {
            return "a 5xx answer " + response.body();
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            return "not JSON: " + response.body();
        }
        if (response.statusCode() != 200
                && (!answer.path("__type").isTextual()
                        || !answer.path("message").isTextual())) {
            return "an error without __type and message: " + response.body();
        }
        // errors must not echo hostile values whole; a successful page (the orderable-instance catalogue) may be long
        if (response.statusCode() != 200 && response.body().length() > 10_000) {
            return "an answer of " + response.body().length() + " characters";
        }
        return null;
    }
}
