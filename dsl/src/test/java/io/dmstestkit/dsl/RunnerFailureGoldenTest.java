package io.dmstestkit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.dsl.model.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the runner's failure messages (what failed; expected/actual; history; where; how to fix) for
 * scenarios that fail in different ways. Run with {@code -Ddms.golden.update=true} to rewrite the
 * golden files after a deliberate change, then review the diff.
 */
class RunnerFailureGoldenTest {

    private static final Path FAILING = Path.of("src/test/resources/failing");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<String> failingScenarios() throws IOException {
        try (Stream<Path> files = Files.list(FAILING)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("failingScenarios")
    void should_explain_the_failure_exactly_as_its_golden_file(String fileName) throws IOException {
        Path file = Path.of("failing", fileName);
        List<Scenario> scenarios = ScenarioLoader.load(FAILING.resolve(fileName), Map.of());
        String message = ScenarioRunner.embedded()
                .run(scenarios.get(0))
                .failure()
                .orElseThrow()
                .replace(FAILING.resolve(fileName).toString(), file.toString());

        Path golden = GOLDEN.resolve("run-" + fileName.replace(".dms.yaml", "") + ".txt");
        if (Boolean.getBoolean("dms.golden.update")) {
            Files.writeString(golden, message + "\n", StandardCharsets.UTF_8);
        }
        assertThat(message + "\n").isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
