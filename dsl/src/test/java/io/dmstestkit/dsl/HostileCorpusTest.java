package io.dmstestkit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import groovy.lang.ExpandoMetaClass;
import groovy.lang.GroovySystem;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus ({@code src/test/resources/hostile-sandbox}, one file per attack): each file is refused with
 * a clear message at the line its first comment names ({@code // refused at 5: 'class' is not allowed…}),
 * loaded by path as the CLI and the JUnit engine load it, and no file changes how the next one loads.
 * The timeouts are generous guards against a hang, not timed assertions.
 */
class HostileCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/hostile-sandbox");
    private static final Pattern EXPECTED = Pattern.compile("^(?://|#) refused at (\\d+): (.+)$");

    static Stream<Path> hostileFiles() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void should_refuse_each_attack_at_its_line(Path file) throws IOException {
        Matcher expected = expectation(file);

        ScenarioLoadException refused =
                catchThrowableOfType(ScenarioLoadException.class, () -> ScenarioLoader.load(file, Map.of()));

        assertThat(refused).as("%s must be refused", file).isNotNull();
        assertThat(refused.source().file()).isEqualTo(file.toString());
        assertThat(refused.source().line()).isEqualTo(Integer.parseInt(expected.group(1)));
        assertThat(refused.problem()).contains(expected.group(2));
        assertThat(refused.getMessage()).doesNotContain("\tat ", "Exception:");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void should_load_the_same_scenario_before_and_after_every_attack() throws IOException {
        String reference = """
                scenario('reference') {
                    replication('orders') { table 'public.orders', rows: 1000 }
                    start 'orders'
                    await('orders') { status RUNNING; within 10.minutes }
                    stop 'orders'
                    expect('orders') { status STOPPED }
                }
                """;
        List<Scenario> before = ScenarioLoader.read(reference, "reference.dms.groovy", Map.of());

        for (Path file : hostileFiles().toList()) {
            catchThrowableOfType(ScenarioLoadException.class, () -> ScenarioLoader.load(file, Map.of()));
        }

        List<Scenario> after = ScenarioLoader.read(reference, "reference.dms.groovy", Map.of());
        assertThat(after).isEqualTo(before);
        assertThat(after.get(0).steps()).hasSize(4);
        for (Class<?> type : List.of(ScenarioSpec.class, AwaitSpec.class, Percent.class, Status.class)) {
            assertThat(GroovySystem.getMetaClassRegistry().getMetaClass(type))
                    .as("meta-class of %s", type)
                    .isNotInstanceOf(ExpandoMetaClass.class);
        }
    }

    private static Matcher expectation(Path file) throws IOException {
        String firstLine = Files.readAllLines(file).get(0);
        Matcher expected = EXPECTED.matcher(firstLine);
        assertThat(expected.matches())
                .as("%s must start with '// refused at <line>: <message>'", file)
                .isTrue();
        return expected;
    }
}
