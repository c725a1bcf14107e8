package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;

/**
 * A seeded fuzz of the protocol entry point over every DMS operation: whatever a client sends, the
 * simulator answers AWS-shaped (a JSON object; errors with {@code __type} and {@code message}), never
 * with a 5xx, and a call that fails changes nothing.
 */
class ProtocolFuzzTest {

    private static final long SEED = 20_261_205L;
    private static final int REQUESTS = 20_000;
    /** The first calls also check that a failed call left every resource as it was (a dump per call). */
    private static final int STATE_CHECKED_REQUESTS = 2_000;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang guard only: the run takes a few seconds
    void should_answer_every_mutated_request_aws_shaped_without_5xx_and_change_nothing_when_refusing()
            throws IOException {
        // Fuzzed calls carry no SigV4 scope: they land in the default account, the fixtures' account.
        DmsSimulator simulator = DmsSimulator.builder()
                .settings(SimulatorSettings.builder()
                        .defaultAccount("123456789012")
                        .build())
                .build();
        FuzzRequests requests = new FuzzRequests(SEED, existingResources(simulator));
        List<String> operations = List.copyOf(OperationRegistry.allOperations());
        List<String> defects = new ArrayList<>();

        for (int i = 0; i < REQUESTS && defects.size() < 20; i++) {
            String operation = operations.get(i % operations.size());
            String body = requests.body(operation);
            boolean checkState = i < STATE_CHECKED_REQUESTS;
            String before = checkState ? simulator.stateAsJson() : null;
            DmsHttpResponse response = simulator.handle(request(operation, body));
            String defect = defectOf(response);
            if (defect == null
                    && checkState
                    && response.status() != 200
                    && !simulator.stateAsJson().equals(before)) {
                defect = "the failed call changed the simulator's resources";
            }
            if (defect != null) {
                defects.add(operation + " " + shorten(body) + "\n    → " + response.status() + " "
                        + shorten(new String(response.body(), StandardCharsets.UTF_8)) + "\n    " + defect);
            }
            if (i % 1_000 == 999) {
                simulator.clock().advance(Duration.ofMinutes(7)); // runs move on, so later calls meet other states
            }
        }

        assertThat(defects)
                .as("answers that are 5xx, not AWS-shaped, or changed state on failure")
                .isEmpty();
        assertThat(simulator.journal().dropped() + simulator.journal().entries().size())
                .as("every call is journaled")
                .isGreaterThanOrEqualTo(REQUESTS);
    }

    private static DmsHttpRequest request(String operation, String body) {
        return new DmsHttpRequest(
                "AmazonDMSv20160101." + operation,
                body.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", List.of("application/x-amz-json-1.1")));
    }

    /** Null when the answer is what AWS would send in shape, else what is wrong with it. */
    static String defectOf(DmsHttpResponse response) throws IOException {
        if (response.status() >= 500) {
            return "a 5xx answer";
        }
        JsonNode answer;
        try {
            answer = FuzzRequests.json().readTree(response.body());
        } catch (IOException e) {
            return "an answer that is not JSON";
        }
        if (answer == null || !answer.isObject()) {
            return "an answer that is not a JSON object";
        }
        if (response.status() != 200
                && (!answer.path("__type").isTextual()
                        || !answer.path("message").isTextual())) {
            return "an error without __type and message";
        }
        if (response.body().length > 200_000) {
            return "an answer of " + response.body().length + " bytes (an echoed value?)";
        }
        return null;
    }

    /** A few resources of each kind, so that fuzzed calls name things that exist. */
    private static List<String> existingResources(DmsSimulator simulator) {
        DatabaseMigrationClient dms = TestClients.inProcess(simulator);
        ReplicationFixture replication = ReplicationFixture.of(simulator);
        List<String> names = new ArrayList<>();
        names.add(replication.sourceArn());
        names.add(replication.targetArn());
        String config = replication
                .createConfig("fuzz-config", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationConfigArn();
        names.add(config);
        names.add("fuzz-config");
        replication.start(config, "start-replication");
        DataMigrationFixture migrations = new DataMigrationFixture(dms);
        names.add(migrations.migration("fuzz-dm", MigrationTypeValue.FULL_LOAD).dataMigrationArn());
        names.addAll(List.of("fuzz-dm", "fuzz-dm-project", "fuzz-dm-project-profile", "fuzz-dm-project-source"));
        return names;
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
