package io.dmstestkit.dsl.internal.groovy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.model.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and careless scripts are refused with a {@link ScenarioLoadException} that names the line, and
 * the JVM lives on (this test class running to the end shows that). The time limit is kept small here
 * through the reader's constructor, so the endless loops stop quickly.
 */
class GroovySandboxTest {

    private static final Duration SMALL_LIMIT = Duration.ofMillis(300);

    /** Stops endless loops quickly. */
    private final GroovyScenarioReader strict = new GroovyScenarioReader(SMALL_LIMIT);

    /** For scripts that must run to their end even on a busy machine. */
    private final GroovyScenarioReader patient = new GroovyScenarioReader(Duration.ofMinutes(1));

    private static List<Scenario> read(GroovyScenarioReader reader, String script) {
        return reader.read(script, "hostile.dms.groovy", Map.of(), ScenarioLoader.defaultIncludes());
    }

    private ScenarioLoadException refusal(String script) {
        return refusal(strict, script);
    }

    private static ScenarioLoadException refusal(GroovyScenarioReader reader, String script) {
        ScenarioLoadException refused = catchThrowableOfType(ScenarioLoadException.class, () -> read(reader, script));
        assertThat(refused).as("refusal of:%n%s", script).isNotNull();
        return refused;
    }

    static Stream<Arguments> hostileScripts() {
        return Stream.of(
                Arguments.of(
                        "System.exit",
                        "scenario('x') {\n    System.exit(1)\n}",
                        "hostile.dms.groovy:2:5: 'exit' is not allowed in a scenario file"),
                Arguments.of(
                        "System.exit through a variable",
                        "def s = System\ns.exit(1)",
                        "hostile.dms.groovy:1:9: 'java.lang.System' cannot be used in a scenario file"),
                Arguments.of(
                        "Runtime.halt",
                        "Runtime.getRuntime().halt(1)",
                        "hostile.dms.groovy:1:1: 'halt' is not allowed in a scenario file"),
                Arguments.of(
                        "reading a file",
                        "scenario('x') {\n    tag new File('/etc/passwd').text\n}",
                        "hostile.dms.groovy:2:9: 'text' is not allowed in a scenario file"),
                Arguments.of(
                        "a file object",
                        "def f = new File('/etc/passwd')",
                        "hostile.dms.groovy:1:9: 'java.io.File' cannot be used in a scenario file"),
                Arguments.of(
                        "a cast to File",
                        "def f = '/etc/passwd' as File",
                        "hostile.dms.groovy:1:9: 'java.io.File' cannot be used in a scenario file"),
                Arguments.of(
                        "java.nio.file",
                        "def p = java.nio.file.Path.of('/etc/passwd')",
                        "hostile.dms.groovy:1:22: 'java.nio.file.Path' cannot be used in a scenario file"),
                Arguments.of(
                        "reading a URL",
                        "def t = 'file:///etc/passwd'.toURL()",
                        "hostile.dms.groovy:1:9: 'toURL' is not allowed in a scenario file"),
                Arguments.of(
                        "running a process",
                        "scenario('x') {\n    'ls'.execute()\n}",
                        "hostile.dms.groovy:2:5: 'execute' is not allowed in a scenario file"),
                Arguments.of(
                        "ProcessBuilder",
                        "new ProcessBuilder('ls').start()",
                        "hostile.dms.groovy:1:1: 'java.lang.ProcessBuilder' cannot be used in a scenario file"),
                Arguments.of(
                        "starting a thread",
                        "Thread.start { while (true) {} }",
                        "hostile.dms.groovy:1:1: 'java.lang.Thread' cannot be used in a scenario file"),
                Arguments.of(
                        "a thread object",
                        "scenario('x') {\n    def t = new Thread({ -> })\n}",
                        "hostile.dms.groovy:2:13: 'java.lang.Thread' cannot be used in a scenario file"),
                Arguments.of(
                        "an executor",
                        "java.util.concurrent.Executors.newCachedThreadPool()",
                        "hostile.dms.groovy:1:21: 'java.util.concurrent.Executors' cannot be used in a scenario file"),
                Arguments.of(
                        "sleeping",
                        "sleep 60_000",
                        "hostile.dms.groovy:1:1: 'sleep' is not allowed in a scenario file"),
                Arguments.of(
                        "reflection through getClass",
                        "''.getClass().forName('java.lang.Runtime')",
                        "hostile.dms.groovy:1:1: 'forName' is not allowed in a scenario file"),
                Arguments.of(
                        "reflection through class",
                        "def c = ''.class",
                        "hostile.dms.groovy:1:9: 'class' is not allowed in a scenario file"),
                Arguments.of(
                        "reflection through a subscript",
                        "def c = ''['class']",
                        "hostile.dms.groovy:1:9: 'class' is not allowed in a scenario file"),
                Arguments.of(
                        "Class.forName",
                        "Class.forName('java.lang.Runtime')",
                        "hostile.dms.groovy:1:1: 'forName' is not allowed in a scenario file"),
                Arguments.of(
                        "a computed member name",
                        "def n = 'getClass'\n''.\"$n\"()",
                        "hostile.dms.groovy:2:1: computed member names are not allowed in a scenario file: '$n'"),
                Arguments.of(
                        "a method pointer",
                        "def m = System.&exit",
                        "hostile.dms.groovy:1:9: method pointers are not allowed in a scenario file: 'java.lang.System.&exit'"),
                Arguments.of(
                        "meta-programming",
                        "String.metaClass.shout = { -> }",
                        "hostile.dms.groovy:1:7: 'metaClass' is not allowed in a scenario file"),
                Arguments.of(
                        "a closure's delegate",
                        "scenario('x') {\n    delegate.start('orders')\n}",
                        "hostile.dms.groovy:2:5: 'delegate' is not allowed in a scenario file"),
                Arguments.of(
                        "evaluate",
                        "evaluate('System.exit(1)')",
                        "hostile.dms.groovy:1:1: 'evaluate' is not allowed in a scenario file"),
                Arguments.of(
                        "GroovyShell",
                        "new GroovyShell().parse('1')",
                        "hostile.dms.groovy:1:1: 'groovy.lang.GroovyShell' cannot be used in a scenario file"),
                Arguments.of(
                        "Eval",
                        "Eval.me('1')",
                        "hostile.dms.groovy:1:1: 'groovy.util.Eval' cannot be used in a scenario file"),
                Arguments.of(
                        "the script's binding",
                        "binding.variables",
                        "hostile.dms.groovy:1:1: 'binding' is not allowed in a scenario file"),
                Arguments.of(
                        "an import",
                        "import java.io.File\nscenario('x') {}",
                        "hostile.dms.groovy:1:1: imports are not allowed in a scenario file: 'import java.io.File as File'"),
                Arguments.of(
                        "a static import",
                        "import static java.lang.System.exit\nexit(0)",
                        "hostile.dms.groovy:1:1: imports are not allowed in a scenario file: 'import static java.lang.System.exit'"),
                Arguments.of(
                        "an annotation that runs code in the compiler",
                        "@groovy.transform.ASTTest(value = { System.exit(1) })\ndef x = 1",
                        "hostile.dms.groovy:1:1: annotations are not allowed in a scenario file: '@ASTTest'"),
                Arguments.of(
                        "Grab",
                        "@Grab('org.example:evil:1.0')\ndef x = 1",
                        "hostile.dms.groovy:1:1: annotations are not allowed in a scenario file: '@Grab'"),
                Arguments.of(
                        "a class with a static initializer",
                        "class Evil { static { System.exit(1) } }",
                        "hostile.dms.groovy:1:1: a scenario file cannot declare classes ('Evil')"),
                Arguments.of(
                        "an anonymous class",
                        "def o = new Object() { String toString() { 'x' } }",
                        "hostile.dms.groovy:1:22: a scenario file cannot declare classes (an anonymous class)"),
                Arguments.of(
                        "a method",
                        "def exitLater() { 1 }",
                        "hostile.dms.groovy:1:1: a scenario file cannot declare methods ('exitLater')"),
                Arguments.of(
                        "try/catch around the time limit",
                        "try { while (true) {} } catch (e) {}",
                        "hostile.dms.groovy:1:1: try/catch is not allowed in a scenario file"),
                Arguments.of(
                        "direct field access",
                        "scenario('x') {\n    def spec = this.@scenarios\n}",
                        "hostile.dms.groovy:2:16: direct field access (.@) is not allowed in a scenario file: 'this.@scenarios'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileScripts")
    void should_refuse_a_hostile_script_at_compile_time_with_its_location(String what, String script, String expected) {
        ScenarioLoadException refused = refusal(script);

        assertThat(refused.getMessage()).startsWith(expected);
        assertThat(refused.hint()).isNotBlank();
    }

    @Test
    // A guard against a hang if the time limit ever stopped working; not a speed check.
    @org.junit.jupiter.api.Timeout(value = 120, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void should_stop_an_endless_loop_within_the_time_limit() {
        String script = "scenario('x') {\n    replication('orders') {\n        while (true) {}\n    }\n}";

        ScenarioLoadException stopped = refusal(script);

        assertThat(stopped.getMessage())
                .isEqualTo(
                        "hostile.dms.groovy:3: the script did not finish within 300ms"
                                + " and was stopped here\n  a scenario file only declares a scenario; look for a loop that never ends");
    }

    @Test
    void should_stop_an_endless_loop_at_the_top_level_and_in_closures() {
        assertThat(refusal("for (;;) {}").getMessage()).startsWith("hostile.dms.groovy:1: the script did not finish");
        assertThat(refusal("def spin = { -> while (true) {} }\nspin()").getMessage())
                .startsWith("hostile.dms.groovy:1: the script did not finish");
        assertThat(refusal("(1..Integer.MAX_VALUE).each { n -> }").getMessage())
                .startsWith("hostile.dms.groovy:1: the script did not finish");
    }

    @Test
    void should_stop_a_script_whose_thread_is_interrupted() {
        Thread.currentThread().interrupt();
        try {
            ScenarioLoadException stopped = refusal("while (true) {}");

            assertThat(stopped.problem()).isEqualTo("loading the script was interrupted");
            assertThat(Thread.currentThread().isInterrupted())
                    .as("the interrupt is kept for the caller")
                    .isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void should_survive_endless_recursion() {
        ScenarioLoadException stopped = refusal(patient, "def f\nf = { -> f() }\nf()");

        assertThat(stopped.problem()).isEqualTo("the script recursed too deeply");
        assertThat(stopped.source().line()).isEqualTo(2);
    }

    @Test
    void should_refuse_at_run_time_what_slipped_past_the_compiler() {
        ScenarioScript script = new ScenarioScript() {
            @Override
            public Object run() {
                return null;
            }
        };

        assertThat(catchThrowableOfType(SecurityException.class, () -> script.evaluate("1")))
                .hasMessage("'evaluate' is not allowed in a scenario file");
    }

    @Test
    void should_still_allow_plain_groovy_around_the_dsl() {
        String script = """
                def sizes = [orders: 2_000_000, order_lines: 9_000_000]
                def base = Math.max(2, 3)
                scenario("plain ${base}") {
                    replication('orders') {
                        sizes.each { name, count -> table "public.$name", rows: count }
                        for (int i = 1; i <= base; i++) { table "public.extra$i", rows: i * 10 }
                        maxCapacityUnits base > 2 ? 8 : 4
                    }
                    (1..2).collect { n -> n * 30 }.each { seconds -> advance seconds.seconds }
                    assert sizes.size() == 2
                }
                """;

        Scenario scenario = read(patient, script).get(0);

        assertThat(scenario.name()).isEqualTo("plain 3");
        assertThat(scenario.resources()).hasSize(1);
        assertThat(scenario.steps()).hasSize(2);
    }

    @Test
    void should_not_deny_any_word_of_the_dsl() {
        List<String> words = new java.util.ArrayList<>(DslVocabulary.constants());
        words.addAll(DslVocabulary.functions());
        words.addAll(DslVocabulary.numberWords());
        DslVocabulary.blockSpecs().values().forEach(spec -> words.addAll(DslVocabulary.words(spec)));

        assertThat(words).isNotEmpty().noneMatch(ScenarioSandbox::isDenied);
    }
}
