package io.dmstestkit.dsl.internal.groovy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A block, a bracket or a string left open is reported where it opens, not where Groovy noticed it (the
 * end of the file, or the next line that no longer parses).
 */
class GroovySyntaxErrorTest {

    private static ScenarioLoadException refusal(String script) {
        ScenarioLoadException refused = catchThrowableOfType(
                ScenarioLoadException.class, () -> ScenarioLoader.read(script, "unclosed.dms.groovy", Map.of()));
        assertThat(refused).as("refusal of:%n%s", script).isNotNull();
        return refused;
    }

    @Test
    void should_point_at_the_block_left_open_inside_a_closed_one() {
        ScenarioLoadException refused = refusal("""
                scenario('orders') {
                    replication('orders') {
                        type FULL_LOAD

                    start 'orders'
                }
                """);

        assertThat(refused.getMessage())
                .isEqualTo("unclosed.dms.groovy:2:27: the block opened here is never closed\n"
                        + "  close it with '}' where it ends");
    }

    @Test
    void should_point_at_the_outer_block_when_only_the_last_brace_is_missing() {
        ScenarioLoadException refused = refusal("""
                scenario('orders') {
                    replication('orders') { type FULL_LOAD }
                    start 'orders'
                """);

        assertThat(refused.source()).hasToString("unclosed.dms.groovy:1:20");
        assertThat(refused.problem()).isEqualTo("the block opened here is never closed");
    }

    @Test
    void should_point_at_a_parenthesis_left_open() {
        ScenarioLoadException refused = refusal("""
                scenario('orders') {
                    replication('orders') { type FULL_LOAD }
                    start('orders'
                    stop 'orders'
                }
                """);

        assertThat(refused.source()).hasToString("unclosed.dms.groovy:3:10");
        assertThat(refused.problem()).isEqualTo("the '(' opened here is never closed");
    }

    @Test
    void should_point_at_a_string_left_open() {
        ScenarioLoadException refused = refusal("""
                scenario('orders') {
                    replication('orders') { type FULL_LOAD }
                    start 'orders
                    stop 'orders'
                }
                """);

        assertThat(refused.source()).hasToString("unclosed.dms.groovy:3:11");
        assertThat(refused.problem()).isEqualTo("the string opened here is never closed");
        assertThat(refused.hint()).startsWith("close it with another ' on the same line");
    }

    @Test
    void should_point_at_a_multi_line_string_left_open() {
        ScenarioLoadException refused = refusal("""
                scenario('orders') {
                    tag '''a tag
                    start 'orders'
                }
                """);

        assertThat(refused.source()).hasToString("unclosed.dms.groovy:2:9");
        assertThat(refused.problem()).isEqualTo("the string opened here is never closed");
    }

    @Test
    void should_keep_groovy_s_own_position_when_every_bracket_is_closed() {
        ScenarioLoadException refused = refusal("""
                scenario('orders') {
                    // a { in a comment and a '{' in a string do not count
                    replication('orders') { type FULL_LOAD; tag "{ ${'}'}" }
                    start 'orders',
                }
                """);

        assertThat(refused.source()).hasToString("unclosed.dms.groovy:5:1");
        assertThat(refused.problem()).isEqualTo("unexpected input");
    }
}
