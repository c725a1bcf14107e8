package io.dmstestkit.simulator.message;

import static io.dmstestkit.simulator.CallCount.exactly;
import static io.dmstestkit.simulator.CallPattern.dmsCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dmstestkit.simulator.CallPattern;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.TestClients;
import io.dmstestkit.simulator.VerificationError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * Pins the one call-count message word for word, as AssertJ pins its {@code ShouldXxx} messages. Run with
 * {@code -Ddms.golden.update=true} to rewrite the golden files after a deliberate change (the mechanism of
 * the DSL's golden tests), then review the diff.
 */
class ShouldHaveCallCountGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    private final DmsSimulator simulator = DmsSimulator.create();
    private final DatabaseMigrationClient dms = TestClients.inProcess(simulator);

    @Test
    void should_say_the_journal_is_empty_when_no_call_arrived() throws IOException {
        matchesGolden("call-count-journal-empty", verificationMessage(exactly(1), dmsCall("StopReplication")));
    }

    @Test
    void should_list_the_closest_calls_and_a_summary_when_none_matched() throws IOException {
        dms.describeEndpoints();
        dms.describeConnections();
        dms.describeEndpoints();

        matchesGolden("call-count-closest-calls", verificationMessage(exactly(1), dmsCall("DeleteEndpoint")));
    }

    @Test
    void should_list_the_latest_matching_calls_when_there_are_too_many() throws IOException {
        for (int i = 0; i < 7; i++) {
            dms.describeEndpoints();
        }

        matchesGolden("call-count-too-many", verificationMessage(exactly(2), dmsCall("DescribeEndpoints")));
    }

    @Test
    void should_name_the_account_and_the_scenario_step() throws IOException {
        String message = ShouldHaveCallCount.shouldHave("at least 2", "StartReplication with resource orders", 1)
                .inAccount("123456789012")
                .where("orders.dms.yaml:7:5", "expect at least 2 StartReplication call(s)")
                .build();

        matchesGolden("call-count-scenario-step", message);
    }

    private String verificationMessage(io.dmstestkit.simulator.CallCount count, CallPattern pattern) {
        Throwable failure = catchThrowable(() -> simulator.verify(count, pattern));
        assertThat(failure).isInstanceOf(VerificationError.class);
        return failure.getMessage();
    }

    private static void matchesGolden(String name, String message) throws IOException {
        Path golden = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("dms.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, message + "\n", StandardCharsets.UTF_8);
        }
        assertThat(message + "\n").isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
