package io.dmstestkit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.simulator.CallPattern;
import io.dmstestkit.simulator.DmsSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile files that are valid and must simply finish ({@code src/test/resources/hostile-runs}): huge
 * but legal scenarios, such as 40,000 tables awaited to 100 % (issue 12, item 7). Each one passes on the
 * embedded simulator within the runner's default wall-time budget; the budget, not this test's timeout, is
 * what the file is held to (the timeout is a guard against a hang).
 */
class HostileRunsCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/hostile-runs");

    static Stream<Path> hostileRuns() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files
                    .filter(path ->
                            ScenarioLoader.isScenarioFile(path.getFileName().toString()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRuns")
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void should_finish_within_the_default_time_budget(Path file) {
        List<Scenario> scenarios = ScenarioLoader.load(file, Map.of());
        DmsSimulator simulator = DmsSimulator.create();

        for (Scenario scenario : scenarios) {
            ScenarioResult result = new ScenarioRunner(DmsTargets.embedded(simulator)).run(scenario);

            assertThat(result.failure()).as("%s: %s", file, scenario.name()).isEmpty();
            assertThat(result.wallTime()).isLessThan(ScenarioRunner.DEFAULT_TIME_BUDGET);
        }
        // Waits polled at their interval, not once per table start and finish (80,000 of them).
        assertThat(simulator.journal().find(CallPattern.dmsCall("DescribeReplications")))
                .hasSizeLessThan(1_000);
    }
}
